package dev.stratus.bench;

import java.net.URI;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The DynamoDB calls the app makes for a project's activity list and its chart, made with the app's client
 * settings straight at the app's own table: the access check (one consistent {@code BatchGetItem} of the project's
 * {@code META} and the caller's {@code MEMBER#} item, {@code ProjectAccess}), then one Query — of the project's
 * partition for {@code ACTIVITY#} entries newest first ({@code Feeds.project}), or of its {@code COUNT#} items
 * between the chart's first and last bucket ({@code Counters.chart}).
 */
final class ActivityBaseline implements AutoCloseable {

	private final DynamoDbClient dynamo;

	ActivityBaseline(URI endpoint) {
		this.dynamo = Baseline.client(endpoint);
	}

	/** @return how many entries the first page holds (at most 20) */
	int activityPage(String projectId, String userId) {
		access(projectId, userId);
		return (int) dynamo
			.query(b -> b.tableName(ProjectListBaseline.TABLE)
				.keyConditionExpression("PK = :project AND begins_with(SK, :activity)")
				.expressionAttributeValues(
						Map.of(":project", AttributeValue.fromS("PROJECT#" + projectId), ":activity",
								AttributeValue.fromS("ACTIVITY#")))
				.scanIndexForward(false)
				.limit(ProjectListBaseline.QUERY_LIMIT))
			.items()
			.stream()
			.limit(20)
			.count();
	}

	/** @return how many of the 30 daily activity counters up to {@code today} (UTC, ISO) exist */
	int monthlyActivityChart(String projectId, String userId, String firstDay, String today) {
		access(projectId, userId);
		return dynamo
			.query(b -> b.tableName(ProjectListBaseline.TABLE)
				.keyConditionExpression("PK = :view AND SK BETWEEN :first AND :last")
				.expressionAttributeValues(Map.of(":view", AttributeValue.fromS("PROJECT#" + projectId), ":first",
						AttributeValue.fromS("COUNT#activity#D#" + firstDay), ":last",
						AttributeValue.fromS("COUNT#activity#D#" + today))))
			.count();
	}

	private void access(String projectId, String userId) {
		List<Map<String, AttributeValue>> keys = List.of(key(projectId, "META"), key(projectId, "MEMBER#" + userId));
		dynamo.batchGetItem(b -> b.requestItems(Map.of(ProjectListBaseline.TABLE,
				KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));
	}

	private static Map<String, AttributeValue> key(String projectId, String sortKey) {
		return Map.of("PK", AttributeValue.fromS("PROJECT#" + projectId), "SK", AttributeValue.fromS(sortKey));
	}

	@Override
	public void close() {
		dynamo.close();
	}

}
