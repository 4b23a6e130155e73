package dev.stratus.platform.jobs;

import java.util.List;
import java.util.Map;

import dev.stratus.platform.dynamo.Attributes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The relay's side of a job's outbox: the entries the module wrote with its work (see
 * {@link JobSpec#outboxEntry}), oldest first, by id.
 */
class Outbox {

	private final DynamoDbClient dynamo;

	private final String table;

	private final JobSpec<?> spec;

	Outbox(DynamoDbClient dynamo, String table, JobSpec<?> spec) {
		this.dynamo = dynamo;
		this.table = table;
		this.spec = spec;
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

	void delete(String id) {
		dynamo.deleteItem(b -> b.tableName(table).key(spec.outboxKey(id)));
	}

}
