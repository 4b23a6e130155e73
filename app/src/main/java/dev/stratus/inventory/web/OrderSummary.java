package dev.stratus.inventory.web;

import dev.stratus.inventory.Order;
import dev.stratus.platform.web.Timestamps;

/** An order in the caller's list. */
record OrderSummary(String id, String productName, long quantity, long totalAmount, String status,
		String createdAt) {

	static OrderSummary of(Order order) {
		return new OrderSummary(order.id().toString(), order.productName(), order.quantity(), order.totalAmount(),
				order.status().name(), Timestamps.format(order.createdAt()));
	}

}
