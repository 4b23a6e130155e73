package dev.stratus.inventory.web;

import java.util.Arrays;
import java.util.List;

import dev.stratus.inventory.Category;
import dev.stratus.inventory.Product;
import dev.stratus.inventory.ProductChanges;
import dev.stratus.inventory.ProductDraft;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The product rules of the contract, for a new product and for a partial update. */
final class ProductInput {

	private static final List<String> CATEGORIES = Arrays.stream(Category.values()).map(Category::wire).toList();

	private static final List<String> FIELDS = List.of("name", "description", "category", "price", "quantity", "sku",
			"imageUrl");

	private ProductInput() {
	}

	static ProductDraft draft(JsonNode body) {
		Fields fields = Fields.of(body);
		String name = fields.text("name", 3, 200);
		String description = fields.text("description", 10, 2000);
		String category = fields.oneOf("category", CATEGORIES);
		Long price = fields.integer("price", 1, Product.MAX_PRICE);
		Long quantity = fields.integer("quantity", 0, Product.MAX_QUANTITY);
		String sku = fields.text("sku", 3, 50);
		String imageUrl = fields.has("imageUrl") && !fields.isNull("imageUrl") ? fields.url("imageUrl") : null;
		fields.check();
		return new ProductDraft(name, description, Category.fromWire(category).orElseThrow(), price, quantity, sku,
				imageUrl);
	}

	/** Only the fields present are checked and changed; {@code "imageUrl": null} removes the image URL. */
	static ProductChanges changes(JsonNode body) {
		Fields fields = Fields.of(body);
		if (FIELDS.stream().noneMatch(fields::has)) {
			fields.problem("body", "must contain at least one of " + String.join(", ", FIELDS));
		}
		String name = fields.has("name") ? fields.text("name", 3, 200) : null;
		String description = fields.has("description") ? fields.text("description", 10, 2000) : null;
		String category = fields.has("category") ? fields.oneOf("category", CATEGORIES) : null;
		Long price = fields.has("price") ? fields.integer("price", 1, Product.MAX_PRICE) : null;
		Long quantity = fields.has("quantity") ? fields.integer("quantity", 0, Product.MAX_QUANTITY) : null;
		String sku = fields.has("sku") ? fields.text("sku", 3, 50) : null;
		boolean removeImage = fields.isNull("imageUrl");
		String imageUrl = fields.has("imageUrl") && !removeImage ? fields.url("imageUrl") : null;
		fields.check();
		return new ProductChanges(name, description, category(category), price, quantity, sku, imageUrl, removeImage);
	}

	private static @Nullable Category category(@Nullable String wire) {
		return wire == null ? null : Category.fromWire(wire).orElseThrow();
	}

}
