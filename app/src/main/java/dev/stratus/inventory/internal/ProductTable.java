package dev.stratus.inventory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.stratus.inventory.Category;
import dev.stratus.inventory.Product;
import dev.stratus.inventory.ProductChanges;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.platform.errors.Conflict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Products in the inventory table ({@code PRODUCT#<id>}), each with a {@code SKU#<sku>} guard item
 * written in the same transaction, so a SKU stays unique under concurrent creates and changes.
 * {@code belowLowStock} is true while the product is under the low-stock line, so an order that
 * crosses the line flips it exactly once.
 */
@Component
public class ProductTable {

	static final String ALL_PRODUCTS = "PRODUCTS";

	private static final String METADATA = "METADATA";

	/** The labels of a transaction's writes, by which its cancellation reasons are read. */
	private static final String PRODUCT = "product";

	private static final String OLD_SKU = "old SKU guard";

	private static final String NEW_SKU = "new SKU guard";

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	ProductTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = resources.tableName(InventoryResources.TABLE);
		this.pages = pages;
	}

	/** How a guarded write ended. */
	public enum Outcome {

		DONE, GONE, STALE, SKU_TAKEN

	}

	static Map<String, AttributeValue> key(String productId) {
		return Attributes.key("PRODUCT#" + productId, METADATA);
	}

	private static Map<String, AttributeValue> skuKey(String sku) {
		return Attributes.key("SKU#" + sku, "SKU");
	}

	/** @return {@link Outcome#DONE} or {@link Outcome#SKU_TAKEN} */
	public Outcome create(Product product) {
		LabelledWrites writes = new LabelledWrites()
			.add(PRODUCT, TransactWriteItem.builder()
				.put(p -> p.tableName(table).item(item(product)).conditionExpression("attribute_not_exists(PK)"))
				.build())
			.add(NEW_SKU, newSkuGuard(product.sku(), product.id()));
		try {
			dynamo.transactWriteItems(b -> b.transactItems(writes.items()));
			return Outcome.DONE;
		}
		catch (TransactionCanceledException ex) {
			if (writes.reasons(ex).conditionFailed(NEW_SKU)) {
				return Outcome.SKU_TAKEN;
			}
			throw ex;
		}
	}

	public Optional<Product> find(String id) {
		Map<String, AttributeValue> item = dynamo
				.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true)).item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(product(item));
	}

	public Optional<String> imageKey(String id) {
		Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(id))).item();
		return item == null ? Optional.empty() : Optional.ofNullable(Attributes.optStr(item, "imageKey"));
	}

	/**
	 * Newest first, from one category's partition or from all products.
	 * @param needle lower-case text the name must contain, or {@code null} for any name
	 * @param lowStockOnly only products under the low-stock line
	 */
	public Page<Product> list(@Nullable Category category, @Nullable String needle, boolean lowStockOnly, int limit,
			@Nullable String nextToken) {
		String scope = "products|" + (category == null ? "" : category.wire()) + "|" + (needle == null ? "" : needle)
				+ "|" + lowStockOnly;
		String index = category != null ? "GSI1" : "GSI2";
		Map<String, String> names = new HashMap<>(Map.of("#pk", index + "PK"));
		Map<String, AttributeValue> values = new HashMap<>(
				Map.of(":pk", s(category != null ? "CATEGORY#" + category.wire() : ALL_PRODUCTS)));
		List<String> filters = new ArrayList<>();
		if (needle != null) {
			filters.add("contains(nameLower, :needle)");
			values.put(":needle", s(needle));
		}
		if (lowStockOnly) {
			filters.add("quantity < :line");
			values.put(":line", n(Product.LOW_STOCK_BELOW));
		}
		QueryRequest.Builder query = QueryRequest.builder()
			.tableName(table)
			.indexName(index)
			.keyConditionExpression("#pk = :pk")
			.expressionAttributeNames(names)
			.expressionAttributeValues(values)
			.scanIndexForward(false);
		if (!filters.isEmpty()) {
			query.filterExpression(String.join(" AND ", filters));
		}
		return pages.read(query.build(), scope, limit, nextToken, ProductTable::product);
	}

	/**
	 * Applies {@code changes} when the product still has {@code expectedVersion} and, when given,
	 * {@code expectedStockVersion}: then no order or cancellation moved the stock since it was read,
	 * and setting the stock outright erases none. Only the changed attributes are set, so stock moved
	 * by orders meanwhile is kept unless the change sets it. A SKU change moves the guard item in the
	 * same transaction.
	 */
	public Outcome update(String id, ProductChanges changes, long expectedVersion, @Nullable Long expectedStockVersion,
			String oldSku, Instant now) {
		Map<String, String> names = new HashMap<>(Map.of("#version", "version"));
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":expected", n(expectedVersion), ":one", n(1),
				":now", time(now)));
		StringBuilder set = new StringBuilder("SET #version = #version + :one, updatedAt = :now");
		java.util.function.BiConsumer<String, AttributeValue> assign = (name, value) -> {
			names.put("#" + name, name);
			values.put(":" + name, value);
			set.append(", #").append(name).append(" = :").append(name);
		};
		if (changes.name() != null) {
			assign.accept("name", s(changes.name()));
			assign.accept("nameLower", s(changes.name().toLowerCase(Locale.ROOT)));
		}
		if (changes.description() != null) {
			assign.accept("description", s(changes.description()));
		}
		if (changes.category() != null) {
			assign.accept("category", s(changes.category().wire()));
			assign.accept("GSI1PK", s("CATEGORY#" + changes.category().wire()));
		}
		if (changes.price() != null) {
			assign.accept("price", n(changes.price()));
		}
		if (changes.quantity() != null) {
			assign.accept("quantity", n(changes.quantity()));
			assign.accept("belowLowStock", Attributes.bool(changes.quantity() < Product.LOW_STOCK_BELOW));
		}
		if (changes.sku() != null) {
			assign.accept("sku", s(changes.sku()));
		}
		if (changes.imageUrl() != null) {
			assign.accept("imageUrl", s(changes.imageUrl()));
		}
		String expression = set + (changes.removeImageUrl() ? " REMOVE imageUrl, imageKey" : "");
		StringBuilder condition = new StringBuilder("attribute_exists(PK) AND #version = :expected");
		if (expectedStockVersion != null) {
			names.put("#stockVersion", "stockVersion");
			values.put(":stock", n(expectedStockVersion));
			// Products stored before stock versions have none until their first order: that is 0.
			condition.append(expectedStockVersion == 0
					? " AND (attribute_not_exists(#stockVersion) OR #stockVersion = :stock)"
					: " AND #stockVersion = :stock");
		}
		LabelledWrites writes = new LabelledWrites().add(PRODUCT, TransactWriteItem.builder()
			.update(u -> u.tableName(table)
				.key(key(id))
				.updateExpression(expression)
				.conditionExpression(condition.toString())
				.expressionAttributeNames(names)
				.expressionAttributeValues(values))
			.build());
		if (changes.sku() != null && !changes.sku().equals(oldSku)) {
			writes.add(OLD_SKU, TransactWriteItem.builder()
				.delete(d -> d.tableName(table)
					.key(skuKey(oldSku))
					.conditionExpression("productId = :id")
					.expressionAttributeValues(Map.of(":id", s(id))))
				.build());
			writes.add(NEW_SKU, newSkuGuard(changes.sku(), id));
		}
		try {
			dynamo.transactWriteItems(b -> b.transactItems(writes.items()));
			return Outcome.DONE;
		}
		catch (TransactionCanceledException ex) {
			var why = writes.reasons(ex);
			if (why.conditionFailed(NEW_SKU)) {
				return Outcome.SKU_TAKEN;
			}
			if (why.conditionFailed(PRODUCT) || why.conditionFailed(OLD_SKU)) {
				return find(id).isPresent() ? Outcome.STALE : Outcome.GONE;
			}
			throw ex;
		}
	}

	/** The guard that keeps {@code sku} to one product; refused while another product holds it. */
	private TransactWriteItem newSkuGuard(String sku, String productId) {
		Map<String, AttributeValue> guard = new HashMap<>(skuKey(sku));
		guard.put("productId", s(productId));
		return TransactWriteItem.builder()
			.put(p -> p.tableName(table).item(guard).conditionExpression("attribute_not_exists(PK)"))
			.build();
	}

	/** @return false when there was no such product */
	public boolean delete(String id) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<Product> product = find(id);
			if (product.isEmpty()) {
				return false;
			}
			String sku = product.get().sku();
			try {
				dynamo.transactWriteItems(b -> b.transactItems(
						TransactWriteItem.builder()
							.delete(d -> d.tableName(table)
								.key(key(id))
								.conditionExpression("attribute_exists(PK) AND sku = :sku")
								.expressionAttributeValues(Map.of(":sku", s(sku))))
							.build(),
						TransactWriteItem.builder().delete(d -> d.tableName(table).key(skuKey(sku))).build()));
				return true;
			}
			catch (TransactionCanceledException changedMeanwhile) {
				// Deleted, or its SKU changed, since it was read: look again.
			}
		}
		throw new Conflict("The product keeps changing; try again");
	}

	/** Points the product at its uploaded image; counts as an edit. @return false when it is gone */
	public boolean setImage(String id, String imageUrl, String imageKey, Instant now) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(id))
				.updateExpression("SET imageUrl = :url, imageKey = :key, updatedAt = :now, #version = #version + :one")
				.conditionExpression("attribute_exists(PK)")
				.expressionAttributeNames(Map.of("#version", "version"))
				.expressionAttributeValues(
						Map.of(":url", s(imageUrl), ":key", s(imageKey), ":now", time(now), ":one", n(1))));
			return true;
		}
		catch (ConditionalCheckFailedException gone) {
			return false;
		}
	}

	/** @return true for the one caller that saw the product cross under the low-stock line */
	public boolean markBelowLowStock(String id) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(id))
				.updateExpression("SET belowLowStock = :true")
				.conditionExpression("attribute_exists(PK) AND quantity < :line AND belowLowStock = :false")
				.expressionAttributeValues(Map.of(":true", Attributes.bool(true), ":false", Attributes.bool(false),
						":line", n(Product.LOW_STOCK_BELOW))));
			return true;
		}
		catch (ConditionalCheckFailedException notACrossing) {
			return false;
		}
	}

	/** Re-arms the alert once stock is back at or above the line. */
	public void clearBelowLowStockIfRestocked(String id) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(id))
				.updateExpression("SET belowLowStock = :false")
				.conditionExpression("attribute_exists(PK) AND quantity >= :line AND belowLowStock = :true")
				.expressionAttributeValues(Map.of(":true", Attributes.bool(true), ":false", Attributes.bool(false),
						":line", n(Product.LOW_STOCK_BELOW))));
		}
		catch (ConditionalCheckFailedException nothingToClear) {
			// Still low, or never flagged.
		}
	}

	private Map<String, AttributeValue> item(Product product) {
		Map<String, AttributeValue> item = new HashMap<>(key(product.id()));
		String order = Attributes.timeKey(product.createdAt(), product.id());
		item.put("GSI1PK", s("CATEGORY#" + product.category().wire()));
		item.put("GSI1SK", s(order));
		item.put("GSI2PK", s(ALL_PRODUCTS));
		item.put("GSI2SK", s(order));
		item.put("entityType", s("PRODUCT"));
		item.put("id", s(product.id()));
		item.put("name", s(product.name()));
		item.put("nameLower", s(product.name().toLowerCase(Locale.ROOT)));
		item.put("description", s(product.description()));
		item.put("category", s(product.category().wire()));
		item.put("price", n(product.price()));
		item.put("quantity", n(product.quantity()));
		item.put("sku", s(product.sku()));
		if (product.imageUrl() != null) {
			item.put("imageUrl", s(product.imageUrl()));
		}
		item.put("createdAt", time(product.createdAt()));
		item.put("updatedAt", time(product.updatedAt()));
		item.put("createdBy", s(product.createdBy()));
		item.put("version", n(product.version()));
		item.put("stockVersion", n(product.stockVersion()));
		item.put("belowLowStock", Attributes.bool(product.isLowStock()));
		return item;
	}

	static Product product(Map<String, AttributeValue> item) {
		return new Product(Attributes.str(item, "id"), Attributes.str(item, "name"),
				Attributes.str(item, "description"),
				Category.fromWire(Attributes.str(item, "category")).orElse(Category.OTHER),
				Attributes.num(item, "price"), Attributes.num(item, "quantity"), Attributes.str(item, "sku"),
				Attributes.optStr(item, "imageUrl"), Attributes.instant(item, "createdAt"),
				Attributes.instant(item, "updatedAt"), Attributes.str(item, "createdBy"),
				Attributes.num(item, "version"),
				Attributes.num(item, "stockVersion"));
	}

}
