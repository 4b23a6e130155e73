package dev.stratus.inventory;

import org.jspecify.annotations.Nullable;

/**
 * A partial update: {@code null} leaves a field as it is; {@code removeImageUrl} clears the
 * optional image URL.
 */
public record ProductChanges(@Nullable String name, @Nullable String description, @Nullable Category category,
		@Nullable Long price, @Nullable Long quantity, @Nullable String sku, @Nullable String imageUrl,
		boolean removeImageUrl) {
}
