package dev.stratus.platform.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.dynamo.Attributes;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/** A job's dead letters ({@code DEADLETTER#<id>}) in the module's table, newest first through GSI1. */
class DeadLetterStore {

	private static final String METADATA = "METADATA";

	private final DynamoDbClient dynamo;

	private final String table;

	private final String partition;

	private final String subjectAttribute;

	DeadLetterStore(DynamoDbClient dynamo, String table, JobSpec<?> spec) {
		this.dynamo = dynamo;
		this.table = table;
		this.partition = spec.deadLetterPartition();
		this.subjectAttribute = spec.subject().attribute();
	}

	private static Map<String, AttributeValue> key(String id) {
		return Attributes.key("DEADLETTER#" + id, METADATA);
	}

	/** @return false when a dead letter with this id exists already (the same message, seen again) */
	boolean add(DeadLetter letter) {
		Map<String, AttributeValue> item = new HashMap<>(key(letter.id()));
		item.put("GSI1PK", s(partition));
		item.put("GSI1SK", s(Attributes.timeKey(letter.firstFailedAt(), letter.id())));
		item.put("id", s(letter.id()));
		item.put(subjectAttribute, s(letter.subjectId()));
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

	/** Only this job's: another job of the same table keeps its own. */
	Optional<DeadLetter> find(String id) {
		Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true))
			.item();
		if (item == null || item.isEmpty() || !partition.equals(Attributes.optStr(item, "GSI1PK"))) {
			return Optional.empty();
		}
		return Optional.of(letter(item));
	}

	/**
	 * Queries past a short page until it has {@code limit} letters or reaches the end; the resume key
	 * is the last letter handed out, so the last page has none.
	 */
	DeadLetterPage list(@Nullable Map<String, AttributeValue> start, int limit) {
		List<DeadLetter> found = new ArrayList<>();
		Map<String, AttributeValue> from = start;
		while (true) {
			Map<String, AttributeValue> exclusiveStart = from;
			QueryResponse page = dynamo.query(b -> b.tableName(table)
				.indexName(JobSpec.INDEX)
				.keyConditionExpression("GSI1PK = :partition")
				.expressionAttributeValues(Map.of(":partition", s(partition)))
				.scanIndexForward(false)
				.limit(Math.max(limit + 1, 25))
				.exclusiveStartKey(exclusiveStart));
			List<Map<String, AttributeValue>> items = page.items();
			boolean more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty();
			for (int i = 0; i < items.size(); i++) {
				found.add(letter(items.get(i)));
				if (found.size() == limit) {
					boolean after = i < items.size() - 1 || more;
					return new DeadLetterPage(found, after ? resumeKey(items.get(i)) : null);
				}
			}
			if (!more) {
				return new DeadLetterPage(found, null);
			}
			from = page.lastEvaluatedKey();
		}
	}

	private static Map<String, AttributeValue> resumeKey(Map<String, AttributeValue> item) {
		Map<String, AttributeValue> key = new HashMap<>();
		for (String name : List.of("PK", "SK", "GSI1PK", "GSI1SK")) {
			key.put(name, item.get(name));
		}
		return key;
	}

	/** @return false when this job had no such dead letter */
	boolean delete(String id) {
		try {
			dynamo.deleteItem(b -> b.tableName(table)
				.key(key(id))
				.conditionExpression("GSI1PK = :partition")
				.expressionAttributeValues(Map.of(":partition", s(partition))));
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
				.indexName(JobSpec.INDEX)
				.keyConditionExpression("GSI1PK = :partition")
				.expressionAttributeValues(Map.of(":partition", s(partition)))
				.select(Select.COUNT)
				.exclusiveStartKey(from));
			total += page.count();
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		return total;
	}

	private DeadLetter letter(Map<String, AttributeValue> item) {
		return new DeadLetter(Attributes.str(item, "id"), Attributes.str(item, subjectAttribute),
				Attributes.str(item, "error"), Attributes.num(item, "receiveCount"),
				Instant.parse(Attributes.str(item, "firstFailedAt")));
	}

}
