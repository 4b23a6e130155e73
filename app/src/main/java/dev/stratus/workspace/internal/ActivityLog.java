package dev.stratus.workspace.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.workspace.Activity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Activity entries: written by each mutation in its own transaction ({@link #entry}), in the project's
 * partition ({@code ACTIVITY#<createdAt>#<id>}) so that they go with the project, and in GSI2 under
 * {@code ACTIVITY#<userId>} newest last, so "what did I do lately" is one Query.
 */
@Component
public class ActivityLog {

	private static final String BY_USER = "ACTIVITY#";

	private final DynamoDbClient dynamo;

	private final String table;

	ActivityLog(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	/** A new entry, stamped {@code at}. */
	public static Activity of(String type, @Nullable String projectId, String userId, String summary, Instant at) {
		return new Activity(UUID.randomUUID().toString(), type, projectId, userId, summary, at);
	}

	/** The entry's writes, for the transaction of the change it records. */
	public ActivityEntry entry(Activity activity) {
		String partition = activity.projectId() == null ? "USER#" + activity.userId()
				: ProjectItems.partition(activity.projectId());
		return new ActivityEntry(activity, Map.of(Transactions.ACTIVITY, put(partition, activity)));
	}

	/**
	 * The put of an entry that must outlive its project (its deletion): it goes to the user's partition
	 * {@code USER#<userId>}, which no project deletion touches.
	 */
	public ActivityEntry outlivingProject(Activity activity) {
		return new ActivityEntry(activity, Map.of(Transactions.ACTIVITY, put("USER#" + activity.userId(), activity)));
	}

	private TransactWriteItem put(String partition, Activity activity) {
		String sortKey = Attributes.timeKey(activity.createdAt(), activity.id());
		Map<String, AttributeValue> item = new HashMap<>(Attributes.key(partition, ProjectItems.ACTIVITY + sortKey));
		item.put("GSI2PK", s(BY_USER + activity.userId()));
		item.put("GSI2SK", s(sortKey));
		item.put("entityType", s("ACTIVITY"));
		item.put("id", s(activity.id()));
		item.put("type", s(activity.type()));
		if (activity.projectId() != null) {
			item.put("projectId", s(activity.projectId()));
		}
		item.put("userId", s(activity.userId()));
		item.put("summary", s(activity.summary()));
		item.put("createdAt", time(activity.createdAt()));
		return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)).build();
	}

	/** The user's latest entries, newest first. */
	public List<Activity> recent(String userId, int limit) {
		return dynamo
			.query(b -> b.tableName(table)
				.indexName("GSI2")
				.keyConditionExpression("GSI2PK = :user")
				.expressionAttributeValues(Map.of(":user", s(BY_USER + userId)))
				.scanIndexForward(false)
				.limit(limit))
			.items()
			.stream()
			.map(ActivityLog::activity)
			.toList();
	}

	/** The project's latest entries, newest first. */
	public List<Activity> latestInProject(String projectId, int limit) {
		return dynamo
			.query(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :activity)")
				.expressionAttributeValues(
						Map.of(":project", s(ProjectItems.partition(projectId)), ":activity", s(ProjectItems.ACTIVITY)))
				.scanIndexForward(false)
				.limit(limit))
			.items()
			.stream()
			.map(ActivityLog::activity)
			.toList();
	}

	/** How many entries the user wrote since {@code since}: a counting Query, every page of it. */
	public long countSince(String userId, Instant since) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.indexName("GSI2")
				.keyConditionExpression("GSI2PK = :user AND GSI2SK >= :since")
				.expressionAttributeValues(
						Map.of(":user", s(BY_USER + userId), ":since", s(Attributes.timeKey(since, ""))))
				.select(Select.COUNT))
			.stream()
			.mapToLong(page -> page.count())
			.sum();
	}

	static Activity activity(Map<String, AttributeValue> item) {
		return new Activity(Attributes.str(item, "id"), Attributes.str(item, "type"),
				Attributes.optStr(item, "projectId"), Attributes.str(item, "userId"), Attributes.str(item, "summary"),
				Attributes.instant(item, "createdAt"));
	}

}
