package dev.stratus.platform.jobs;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.stratus.platform.dynamo.Attributes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The relay's side of a job's outbox: the entries the module wrote with its work (see
 * {@link JobSpec#outboxEntry}), oldest first, by id.
 */
class Outbox {

	/** DynamoDB takes at most this many writes per batch. */
	private static final int PER_BATCH = 25;

	private final DynamoDbClient dynamo;

	private final String table;

	private final JobSpec<?> spec;

	Outbox(DynamoDbClient dynamo, String table, JobSpec<?> spec) {
		this.dynamo = dynamo;
		this.table = table;
		this.spec = spec;
	}

	/** The table the entries are written to, with the module's work. */
	String table() {
		return table;
	}

	List<String> waiting(int limit) {
		return dynamo
			.query(b -> b.tableName(table)
				.indexName(JobSpec.INDEX)
				.keyConditionExpression("GSI1PK = :outbox")
				.expressionAttributeValues(Map.of(":outbox", Attributes.s(spec.outboxPartition())))
				.limit(limit))
			.items()
			.stream()
			.map(item -> Attributes.str(item, spec.subject().attribute()))
			.toList();
	}

	/**
	 * Deletes the entries of sent messages, 25 to a {@code BatchWriteItem}: one write on the local
	 * DynamoDB's lock for a batch, not one per entry. What DynamoDB leaves unprocessed is tried once
	 * more; an entry still left is sent again later, which the job's handler shrugs off.
	 */
	void delete(Collection<String> ids) {
		List<WriteRequest> deletes = ids.stream()
			.map(id -> WriteRequest.builder().deleteRequest(d -> d.key(spec.outboxKey(id))).build())
			.toList();
		for (int from = 0; from < deletes.size(); from += PER_BATCH) {
			List<WriteRequest> batch = deletes.subList(from, Math.min(deletes.size(), from + PER_BATCH));
			var left = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, batch))).unprocessedItems();
			if (!left.isEmpty()) {
				dynamo.batchWriteItem(b -> b.requestItems(left));
			}
		}
	}

}
