package dev.stratus.inventory.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.stratus.inventory.DeadLetter;
import dev.stratus.platform.cloud.CloudResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static dev.stratus.inventory.internal.Items.n;
import static dev.stratus.inventory.internal.Items.s;
import static dev.stratus.inventory.internal.Items.time;

/** Dead letters ({@code DEADLETTER#<id>}), listed newest first through GSI1. */
@Component
public class DeadLetterTable {

	private static final String PARTITION = "DEADLETTERS";

	private static final String METADATA = "METADATA";

	private final DynamoDbClient dynamo;

	private final String table;

	DeadLetterTable(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(InventoryResources.TABLE);
	}

	private static Map<String, AttributeValue> key(String id) {
		return Items.key("DEADLETTER#" + id, METADATA);
	}

	/** @return false when a dead letter with this id exists already (the same message, seen again) */
	boolean add(DeadLetter letter) {
		Map<String, AttributeValue> item = new HashMap<>(key(letter.id()));
		item.put("GSI1PK", s(PARTITION));
		item.put("GSI1SK", s(Items.timeKey(letter.firstFailedAt(), letter.id())));
		item.put("id", s(letter.id()));
		item.put("orderId", s(letter.orderId()));
		item.put("error", s(letter.error()));
		item.put("receiveCount", n(letter.receiveCount()));
		item.put("firstFailedAt", time(letter.firstFailedAt()));
		try {
			dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
			return true;
		}
		catch (ConditionalCheckFailedException seen) {
			return false;
		}
	}

	public Optional<DeadLetter> find(String id) {
		Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(letter(item));
	}

	public DeadLetterPage list(@Nullable Map<String, AttributeValue> start, int limit) {
		IndexPage page = IndexPage.read(dynamo, table, "GSI1", PARTITION, start, limit, item -> true);
		return new DeadLetterPage(page.items().stream().map(DeadLetterTable::letter).toList(), page.lastKey());
	}

	public record DeadLetterPage(java.util.List<DeadLetter> items, @Nullable Map<String, AttributeValue> lastKey) {
	}

	/** @return false when there was no such dead letter */
	public boolean delete(String id) {
		try {
			dynamo.deleteItem(b -> b.tableName(table).key(key(id)).conditionExpression("attribute_exists(PK)"));
			return true;
		}
		catch (ConditionalCheckFailedException gone) {
			return false;
		}
	}

	/** How many dead letters wait for an admin. */
	long count() {
		long total = 0;
		Map<String, AttributeValue> start = null;
		do {
			Map<String, AttributeValue> from = start;
			QueryResponse page = dynamo.query(b -> b.tableName(table)
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :partition")
				.expressionAttributeValues(Map.of(":partition", s(PARTITION)))
				.select(Select.COUNT)
				.exclusiveStartKey(from));
			total += page.count();
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		return total;
	}

	private static DeadLetter letter(Map<String, AttributeValue> item) {
		return new DeadLetter(Items.str(item, "id"), Items.str(item, "orderId"), Items.str(item, "error"),
				Items.num(item, "receiveCount"), Items.instant(item, "firstFailedAt"));
	}

}
