package dev.stratus.platform.jobs;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.QueryPages;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
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

	private final JobSpec<?> spec;

	private final QueryPages pages;

	DeadLetterStore(DynamoDbClient dynamo, String table, JobSpec<?> spec, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = table;
		this.partition = spec.deadLetterPartition();
		this.subjectAttribute = spec.subject().attribute();
		this.spec = spec;
		this.pages = pages;
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

	/** Newest first; a page token reads back only for this job. */
	Page<DeadLetter> list(int limit, @Nullable String nextToken) {
		return pages.read(byAge().scanIndexForward(false).build(), "dead-letters|" + spec.name(), limit, nextToken,
				this::letter);
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
		return dynamo.queryPaginator(byAge().select(Select.COUNT).build())
			.stream()
			.mapToLong(QueryResponse::count)
			.sum();
	}

	private QueryRequest.Builder byAge() {
		return QueryRequest.builder()
			.tableName(table)
			.indexName(JobSpec.INDEX)
			.keyConditionExpression("GSI1PK = :partition")
			.expressionAttributeValues(Map.of(":partition", s(partition)));
	}

	private DeadLetter letter(Map<String, AttributeValue> item) {
		return new DeadLetter(Attributes.str(item, "id"), Attributes.str(item, subjectAttribute),
				Attributes.str(item, "error"), Attributes.num(item, "receiveCount"),
				Instant.parse(Attributes.str(item, "firstFailedAt")));
	}

}
