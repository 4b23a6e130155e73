package dev.stratus.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The project list's substrate on its own: the DynamoDB calls the app makes for {@code GET /api/projects}
 * ({@code ProjectTable.list}), made with the app's client settings straight at the app's own table and items. A
 * Query of GSI1 for the member's items ({@code MEMBER#<userId>}, newest first, {@code Limit} 25 as the app's
 * {@code QueryPages} reads a page of 20), then one consistent BatchGetItem of the projects' {@code META} items.
 */
final class ProjectListBaseline implements AutoCloseable {

	/** The app's workspace table: {@code CloudResources}' prefix and the module's table name. */
	static final String TABLE = "stratus-workspace";

	/** What the app's {@code QueryPages} asks DynamoDB for, for a page of 20: the page plus one, at least 25. */
	static final int QUERY_LIMIT = 25;

	private final DynamoDbClient dynamo;

	ProjectListBaseline(URI endpoint) {
		this.dynamo = Baseline.client(endpoint);
	}

	/**
	 * The member's projects as the app reads them for the first page of 20.
	 * @return the projects' ids in the Query's order, each of them found by the batch read
	 */
	List<String> list(String userId) {
		List<String> ids = new ArrayList<>();
		dynamo.queryPaginator(b -> b.tableName(TABLE)
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :member")
			.expressionAttributeValues(Map.of(":member", AttributeValue.fromS("MEMBER#" + userId)))
			.scanIndexForward(false)
			.limit(QUERY_LIMIT)).items().stream().limit(20).forEach(item -> ids.add(item.get("projectId").s()));
		if (ids.isEmpty()) {
			return ids;
		}
		List<Map<String, AttributeValue>> keys = ids.stream()
			.map(id -> Map.of("PK", AttributeValue.fromS("PROJECT#" + id), "SK", AttributeValue.fromS("META")))
			.toList();
		Map<String, KeysAndAttributes> wanted = Map.of(TABLE,
				KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
		Map<String, Map<String, AttributeValue>> found = new HashMap<>();
		while (!wanted.isEmpty()) {
			Map<String, KeysAndAttributes> asking = wanted;
			var response = dynamo.batchGetItem(b -> b.requestItems(asking));
			response.responses().getOrDefault(TABLE, List.of()).forEach(meta -> found.put(meta.get("id").s(), meta));
			wanted = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
		}
		return ids.stream().filter(found::containsKey).toList();
	}

	@Override
	public void close() {
		dynamo.close();
	}

}
