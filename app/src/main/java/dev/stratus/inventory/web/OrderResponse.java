package dev.stratus.inventory.web;

import dev.stratus.inventory.Order;
import dev.stratus.platform.web.Timestamps;

/** An order as the contract shows it. */
record OrderResponse(String id, String userId, String userEmail, String productId, String productName, long quantity,
		long pricePerUnit, long totalAmount, String status, String createdAt, String updatedAt) {

	static OrderResponse of(Order order) {
		return new OrderResponse(order.id().toString(), order.userId(), order.userEmail(), order.productId(),
				order.productName(), order.quantity(), order.pricePerUnit(), order.totalAmount(), order.status().name(),
				Timestamps.format(order.createdAt()), Timestamps.format(order.updatedAt()));
	}

}
