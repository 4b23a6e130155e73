package dev.stratus.workspace.internal;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static dev.stratus.platform.dynamo.Attributes.s;

/** Bulk deletes of a project's items: BatchWriteItem, 25 keys a call, unprocessed ones asked again. */
final class PartitionItems {

	/** BatchWriteItem's most requests per call. */
	private static final int BATCH = 25;

	private PartitionItems() {
	}

	/** Deletes the project's items whose sort key starts with {@code prefix}. @return how many */
	static int deleteAll(DynamoDbClient dynamo, String table, String projectId, String prefix) {
		List<Map<String, AttributeValue>> keys = dynamo
			.queryPaginator(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :prefix)")
				.expressionAttributeValues(Map.of(":project", s(ProjectItems.partition(projectId)), ":prefix",
						s(prefix)))
				.projectionExpression("PK, SK")
				.consistentRead(true))
			.items()
			.stream()
			.toList();
		delete(dynamo, table, keys);
		return keys.size();
	}

	/** Deletes the items of these keys. */
	static void delete(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
		for (int from = 0; from < keys.size(); from += BATCH) {
			deleteBatch(dynamo, table, keys.subList(from, Math.min(from + BATCH, keys.size())));
		}
	}

	private static void deleteBatch(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
		List<WriteRequest> requests = keys.stream()
			.map(key -> WriteRequest.builder().deleteRequest(d -> d.key(key)).build())
			.toList();
		Map<String, List<WriteRequest>> pending = Map.of(table, requests);
		while (!pending.isEmpty()) {
			Map<String, List<WriteRequest>> asking = pending;
			var response = dynamo.batchWriteItem(b -> b.requestItems(asking));
			pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
		}
	}

}
