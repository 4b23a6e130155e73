package dev.stratus.inventory.web;

import dev.stratus.inventory.Order;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /api/orders}. */
record NewOrder(
		@NotNull @Pattern(regexp = UUID, message = "must be a product id (UUID)") String productId,
		@NotNull @Min(1) @Max(Order.MAX_QUANTITY) Long quantity) {

	static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

	NewOrder {
		productId = productId == null ? null : productId.strip();
	}

}
