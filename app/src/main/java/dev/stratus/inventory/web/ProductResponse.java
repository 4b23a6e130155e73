package dev.stratus.inventory.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stratus.inventory.Product;
import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;

/**
 * A product as the contract shows it; {@code version} and {@code stockVersion} are extra, and the
 * {@code ETag} is {@code "<version>.<stockVersion>"}.
 */
record ProductResponse(String id, String name, String description, String category, long price, long quantity,
		String sku, @Nullable String imageUrl, String createdAt, String updatedAt, String createdBy,
		@JsonProperty("isLowStock") boolean isLowStock, long version, long stockVersion) {

	static ProductResponse of(Product product) {
		return new ProductResponse(product.id(), product.name(), product.description(), product.category().wire(),
				product.price(), product.quantity(), product.sku(), product.imageUrl(),
				Timestamps.format(product.createdAt()), Timestamps.format(product.updatedAt()), product.createdBy(),
				product.isLowStock(), product.version(), product.stockVersion());
	}

}
