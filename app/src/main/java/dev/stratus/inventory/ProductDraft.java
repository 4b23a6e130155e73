package dev.stratus.inventory;

import org.jspecify.annotations.Nullable;

/** A new product's fields, already checked against the contract's rules. */
public record ProductDraft(String name, String description, Category category, long price, long quantity, String sku,
		@Nullable String imageUrl) {
}
