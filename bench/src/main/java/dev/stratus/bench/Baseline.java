package dev.stratus.bench;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.stratus.localcloud.Endpoints;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The substrate on its own: the DynamoDB server the app uses, driven with the same SDK client and
 * HTTP client settings the app has, on a table of the app's shape (PK/SK, GSI1, GSI2) holding
 * product items like the app's. The transaction is the order transaction: decrement stock on
 * {@code quantity >= :n}, put the order, put its outbox item.
 */
final class Baseline implements AutoCloseable {

	static final String TABLE = "bench-baseline";

	private static final String CATEGORY = "CATEGORY#electronics";

	private final DynamoDbClient dynamo;

	private final List<String> productIds = new ArrayList<>();

	Baseline(URI endpoint) {
		this.dynamo = client(endpoint);
	}

	/** A DynamoDB client with the app's settings, on the app's DynamoDB server. */
	static DynamoDbClient client(URI endpoint) {
		return AppClientSettings.configure(DynamoDbClient.builder(), endpoint, Endpoints.REGION).build();
	}

	/** Creates the table and {@code products} product items, each with a huge stock. */
	void seed(int products) {
		dynamo.createTable(b -> b.tableName(TABLE)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(string("PK"), string("SK"), string("GSI1PK"), string("GSI1SK"), string("GSI2PK"),
					string("GSI2SK"))
			.keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
			.globalSecondaryIndexes(index("GSI1"), index("GSI2")));
		dynamo.waiter().waitUntilTableExists(b -> b.tableName(TABLE));
		for (int i = 0; i < products; i++) {
			String id = UUID.randomUUID().toString();
			Instant now = Instant.now();
			Map<String, AttributeValue> item = new HashMap<>(productKey(id));
			item.put("GSI1PK", s(CATEGORY));
			item.put("GSI1SK", s(now + "#" + id));
			item.put("GSI2PK", s("PRODUCTS"));
			item.put("GSI2SK", s(now + "#" + id));
			item.put("entityType", s("PRODUCT"));
			item.put("id", s(id));
			item.put("name", s("Baseline product " + i));
			item.put("nameLower", s("baseline product " + i));
			item.put("description", s("Created by the Stratus bench harness"));
			item.put("category", s("electronics"));
			item.put("price", n(1999));
			item.put("quantity", n(1_000_000_000L));
			item.put("sku", s("BASE-" + id.substring(0, 18)));
			item.put("createdAt", s(now.toString()));
			item.put("updatedAt", s(now.toString()));
			item.put("createdBy", s(UUID.randomUUID().toString()));
			item.put("version", n(1));
			item.put("belowLowStock", AttributeValue.fromBool(false));
			dynamo.putItem(b -> b.tableName(TABLE).item(item));
			productIds.add(id);
		}
	}

	/** The read behind GET /api/products/{id}. */
	boolean getItem() {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(TABLE).key(productKey(anyProduct())).consistentRead(true))
			.item();
		return item != null && !item.isEmpty();
	}

	/** The read behind a page of 20 products: one index partition, newest first. */
	boolean queryPage() {
		return dynamo.query(b -> b.tableName(TABLE)
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :pk")
			.expressionAttributeValues(Map.of(":pk", s(CATEGORY)))
			.scanIndexForward(false)
			.limit(20)).count() == 20;
	}

	/** The write behind POST /api/orders. */
	boolean orderTransaction() {
		String productId = anyProduct();
		String orderId = UUID.randomUUID().toString();
		String userId = "bench-user-" + ThreadLocalRandom.current().nextInt(8);
		String now = Instant.now().toString();
		Map<String, AttributeValue> order = new HashMap<>();
		order.put("PK", s("ORDER#" + orderId));
		order.put("SK", s("METADATA"));
		order.put("GSI1PK", s("USER#" + userId));
		order.put("GSI1SK", s(now + "#" + orderId));
		order.put("GSI2PK", s("PENDING"));
		order.put("GSI2SK", s(now + "#" + orderId));
		order.put("entityType", s("ORDER"));
		order.put("id", s(orderId));
		order.put("userId", s(userId));
		order.put("userEmail", s(userId + "@bench.test"));
		order.put("productId", s(productId));
		order.put("productName", s("Baseline product"));
		order.put("quantity", n(1));
		order.put("pricePerUnit", n(1999));
		order.put("totalAmount", n(1999));
		order.put("status", s("PENDING"));
		order.put("createdAt", s(now));
		order.put("updatedAt", s(now));
		Map<String, AttributeValue> outbox = new HashMap<>();
		outbox.put("PK", s("OUTBOX#" + orderId));
		outbox.put("SK", s("OUTBOX"));
		outbox.put("GSI1PK", s("OUTBOX"));
		outbox.put("GSI1SK", s(now + "#" + orderId));
		outbox.put("orderId", s(orderId));
		outbox.put("createdAt", s(now));
		dynamo.transactWriteItems(b -> b.transactItems(
				TransactWriteItem.builder()
					.update(u -> u.tableName(TABLE)
						.key(productKey(productId))
						.updateExpression("SET quantity = quantity - :n, updatedAt = :now, #v = #v + :one")
						.conditionExpression("attribute_exists(PK) AND quantity >= :n")
						.expressionAttributeNames(Map.of("#v", "version"))
						.expressionAttributeValues(Map.of(":n", n(1), ":now", s(now), ":one", n(1))))
					.build(),
				TransactWriteItem.builder()
					.put(p -> p.tableName(TABLE).item(order).conditionExpression("attribute_not_exists(PK)"))
					.build(),
				TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(outbox)).build()));
		return true;
	}

	private String anyProduct() {
		return productIds.get(ThreadLocalRandom.current().nextInt(productIds.size()));
	}

	private static Map<String, AttributeValue> productKey(String id) {
		return Map.of("PK", s("PRODUCT#" + id), "SK", s("METADATA"));
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	private static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	private static AttributeDefinition string(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	private static GlobalSecondaryIndex index(String name) {
		return GlobalSecondaryIndex.builder()
			.indexName(name)
			.keySchema(key(name + "PK", KeyType.HASH), key(name + "SK", KeyType.RANGE))
			.projection(Projection.builder().projectionType(ProjectionType.ALL).build())
			.build();
	}

	@Override
	public void close() {
		dynamo.close();
	}

}
