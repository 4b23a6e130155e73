package dev.stratus.inventory.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stratus.inventory.Product;
import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;

/** A product in a list. */
record ProductSummary(String id, String name, String category, long price, long quantity,
		@JsonProperty("isLowStock") boolean isLowStock, String createdAt, String sku, @Nullable String imageUrl) {

	static ProductSummary of(Product product) {
		return new ProductSummary(product.id(), product.name(), product.category().wire(), product.price(),
				product.quantity(), product.isLowStock(), Timestamps.format(product.createdAt()), product.sku(),
				product.imageUrl());
	}

}
