package dev.stratus.inventory.web;

import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stratus.inventory.Category;
import dev.stratus.inventory.Product;
import dev.stratus.inventory.ProductChanges;
import dev.stratus.inventory.ProductDraft;
import dev.stratus.platform.web.Clearable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The bodies of the {@code /api/products} requests, with the product rules of the contract. */
final class ProductRequests {

	/** {@link Category}'s wire names; {@code ProductControllerTests} checks that they agree. */
	static final String CATEGORIES = "electronics|clothing|food|other";

	static final String CATEGORY_MESSAGE = "must be one of electronics, clothing, food, other";

	private ProductRequests() {
	}

	/** {@code POST /api/products}. Texts are stripped before their lengths are checked. */
	record NewProduct(@NotNull @Size(min = 3, max = 200) String name,
			@NotNull @Size(min = 10, max = 2000) String description,
			@NotNull @Pattern(regexp = CATEGORIES, message = CATEGORY_MESSAGE) String category,
			@NotNull @Min(1) @Max(Product.MAX_PRICE) Long price,
			@NotNull @Min(0) @Max(Product.MAX_QUANTITY) Long quantity,
			@NotNull @Size(min = 3, max = 50) String sku, @Nullable @HttpUrl String imageUrl) {

		NewProduct {
			name = strip(name);
			description = strip(description);
			sku = strip(sku);
			imageUrl = strip(imageUrl);
		}

		/** Only once validated: every field but {@code imageUrl} is then present. */
		ProductDraft draft() {
			return new ProductDraft(name, description, Category.fromWire(category).orElseThrow(), price, quantity, sku,
					imageUrl);
		}

	}

	/**
	 * {@code PUT /api/products/{id}}: only the fields sent are checked and changed; {@code "imageUrl": null}
	 * removes the image URL, and a body that changes nothing is refused.
	 */
	record ProductUpdate(@Nullable @Size(min = 3, max = 200) String name,
			@Nullable @Size(min = 10, max = 2000) String description,
			@Nullable @Pattern(regexp = CATEGORIES, message = CATEGORY_MESSAGE) String category,
			@Nullable @Min(1) @Max(Product.MAX_PRICE) Long price,
			@Nullable @Min(0) @Max(Product.MAX_QUANTITY) Long quantity,
			@Nullable @Size(min = 3, max = 50) String sku,
			@JsonDeserialize(using = Clearable.class) @Nullable Optional<@HttpUrl String> imageUrl) {

		ProductUpdate {
			name = strip(name);
			description = strip(description);
			sku = strip(sku);
			imageUrl = imageUrl == null ? null : imageUrl.map(String::strip);
		}

		/** Reported as the field {@code body}: a problem of the body as a whole. */
		@JsonIgnore
		@AssertTrue(message = "must contain at least one of name, description, category, price, quantity, sku, "
				+ "imageUrl")
		boolean isBody() {
			return imageUrl != null || Stream.of(name, description, category, price, quantity, sku)
				.anyMatch(field -> field != null);
		}

		ProductChanges changes() {
			return new ProductChanges(name, description,
					category == null ? null : Category.fromWire(category).orElseThrow(), price, quantity, sku,
					imageUrl == null ? null : imageUrl.orElse(null), imageUrl != null && imageUrl.isEmpty());
		}

	}

	/** {@code POST /api/products/{id}/image}: the type of the image the client is about to upload. */
	record ImageUploadRequest(
			@NotNull @Pattern(regexp = "image/(png|jpeg|gif|webp)",
					message = "must be image/png, image/jpeg, image/gif or image/webp") String contentType) {

		ImageUploadRequest {
			contentType = strip(contentType);
		}

	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null ? null : text.strip();
	}

}
