package dev.stratus.workspace.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.internal.activity.ActivityFanoutJob;
import dev.stratus.workspace.internal.activity.ActivityRef;
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
 * partition ({@code ACTIVITY#<createdAt>#<id>}) so that they go with the project, in GSI2 under
 * {@code ACTIVITY#<userId>} newest last, so "what did I do lately" is one Query, and in GSI1 under
 * {@code ACTIVITY#<projectId>#<type>}, so a project's entries of one type are one Query too.
 * <p>
 * With each entry goes the outbox entry of its fan-out ({@link ActivityFanoutJob}): counting it for the
 * charts, copying it into the feed of each user it concerns, and notifying them of the critical types.
 * Whom an entry concerns is its project's team when the fan-out runs, plus the users the change names
 * ({@link #entry(Activity, Map)}): a removed member, the team of a deleted project, the user of a security alert.
 */
@Component
public class ActivityLog {

	private static final String BY_USER = "ACTIVITY#";

	private static final String FANOUT = "activity-fanout";

	private static final String CONCERNED = "concerned";

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
		return entry(activity, Map.of());
	}

	/**
	 * The entry's writes, for the transaction of the change it records.
	 * @param concerned users the change concerns besides the project's team (by id, with their email), who may
	 * no longer be in it when the fan-out runs: a removed member, a security alert's user
	 */
	public ActivityEntry entry(Activity activity, Map<String, String> concerned) {
		String partition = activity.projectId() == null ? "USER#" + activity.userId()
				: ProjectItems.partition(activity.projectId());
		return writes(partition, activity, concerned);
	}

	/**
	 * The writes of an entry that must outlive its project (its deletion): it goes to the user's partition
	 * {@code USER#<userId>}, which no project deletion touches.
	 * @param concerned whom it concerns, as {@link #entry(Activity, Map)}: the team as it was, since the
	 * deletion removes it
	 */
	public ActivityEntry outlivingProject(Activity activity, Map<String, String> concerned) {
		return writes("USER#" + activity.userId(), activity, concerned);
	}

	/** The project's team as it is now, by user id with their email: whom an outliving entry concerns. */
	public Map<String, String> team(String projectId) {
		Map<String, String> team = new HashMap<>();
		dynamo
			.queryPaginator(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :member)")
				.expressionAttributeValues(
						Map.of(":project", s(ProjectItems.partition(projectId)), ":member", s(ProjectItems.MEMBER))))
			.items()
			.forEach(member -> team.put(Attributes.str(member, "userId"), Attributes.str(member, "email")));
		return team;
	}

	private ActivityEntry writes(String partition, Activity activity, Map<String, String> concerned) {
		String sortKey = ProjectItems.ACTIVITY + Attributes.timeKey(activity.createdAt(), activity.id());
		return new ActivityEntry(activity,
				Map.of(Transactions.ACTIVITY, put(partition, activity, concerned), FANOUT, ActivityFanoutJob.FANOUT
					.outboxEntry(table, new ActivityRef(partition, sortKey), activity.createdAt())));
	}

	private TransactWriteItem put(String partition, Activity activity, Map<String, String> concerned) {
		String sortKey = Attributes.timeKey(activity.createdAt(), activity.id());
		Map<String, AttributeValue> item = new HashMap<>(Attributes.key(partition, ProjectItems.ACTIVITY + sortKey));
		item.put("GSI2PK", s(BY_USER + activity.userId()));
		item.put("GSI2SK", s(sortKey));
		if (activity.projectId() != null) {
			item.put("GSI1PK", s(byType(activity.projectId(), activity.type())));
			item.put("GSI1SK", s(sortKey));
		}
		if (!concerned.isEmpty()) {
			Map<String, AttributeValue> emails = new HashMap<>();
			concerned.forEach((userId, email) -> emails.put(userId, s(email)));
			item.put(CONCERNED, AttributeValue.fromM(emails));
		}
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

	/** The GSI1 partition of a project's entries of one type. */
	public static String byType(String projectId, String type) {
		return BY_USER + projectId + "#" + type;
	}

	/** The users a stored entry names as concerned, by id, with their email. */
	public static Map<String, String> concerned(Map<String, AttributeValue> item) {
		Map<String, String> concerned = new HashMap<>();
		AttributeValue emails = item.get(CONCERNED);
		if (emails != null && emails.hasM()) {
			emails.m().forEach((userId, email) -> concerned.put(userId, email.s()));
		}
		return concerned;
	}

	public static Activity activity(Map<String, AttributeValue> item) {
		return new Activity(Attributes.str(item, "id"), Attributes.str(item, "type"),
				Attributes.optStr(item, "projectId"), Attributes.str(item, "userId"), Attributes.str(item, "summary"),
				Attributes.instant(item, "createdAt"));
	}

}
