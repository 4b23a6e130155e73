package dev.stratus.workspace.internal.activity;

import java.util.HashMap;
import java.util.Map;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.ProjectItems;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * The activity lists, each one Query newest first: a project's entries (its partition, or GSI1
 * {@code ACTIVITY#<projectId>#<type>} for one type), and a user's feed, the copies the fan-out writes of every
 * entry that concerns them ({@code USER#<userId>} / {@code FEED#<createdAt>#<activityId>}, GSI1
 * {@code FEED#<userId>#<type>} for one type). A copy's key is its entry's, so writing it twice is writing it once.
 */
@Component
public class Feeds {

	static final String FEED = "FEED#";

	/** A copy's attribute that says an email of its entry is {@link #DUE} or {@link #SENT}. */
	private static final String EMAIL = "email";

	private static final String DUE = "due";

	private static final String SENT = "sent";

	private final DynamoDbClient dynamo;

	private final QueryPages pages;

	private final String table;

	Feeds(DynamoDbClient dynamo, QueryPages pages, CloudResources resources) {
		this.dynamo = dynamo;
		this.pages = pages;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	/** A project's entries, newest first; of one type when {@code type} is given. */
	public Page<Activity> project(String projectId, @Nullable String type, int limit, @Nullable String nextToken) {
		QueryRequest.Builder query = QueryRequest.builder().tableName(table).scanIndexForward(false);
		if (type == null) {
			query.keyConditionExpression("PK = :project AND begins_with(SK, :activity)")
				.expressionAttributeValues(
						Map.of(":project", s(ProjectItems.partition(projectId)), ":activity",
								s(ProjectItems.ACTIVITY)));
		}
		else {
			query.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :type")
				.expressionAttributeValues(Map.of(":type", s(ActivityLog.byType(projectId, type))));
		}
		return pages.read(query.build(), "activity|" + projectId + "|" + type, limit, nextToken, ActivityLog::activity);
	}

	/** The user's feed, newest first; of one type when {@code type} is given. */
	public Page<Activity> user(String userId, @Nullable String type, int limit, @Nullable String nextToken) {
		QueryRequest.Builder query = QueryRequest.builder().tableName(table).scanIndexForward(false);
		if (type == null) {
			query.keyConditionExpression("PK = :user AND begins_with(SK, :feed)")
				.expressionAttributeValues(Map.of(":user", s(user(userId)), ":feed", s(FEED)));
		}
		else {
			query.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :type")
				.expressionAttributeValues(Map.of(":type", s(FEED + userId + "#" + type)));
		}
		return pages.read(query.build(), "feed|" + userId + "|" + type, limit, nextToken, ActivityLog::activity);
	}

	/**
	 * The put of the entry's copy in the user's feed, refused ({@code ConditionalCheckFailed}) when it is there:
	 * then this user's part of the fan-out is done.
	 * @param emailDue whether an email of it is still to be sent, claimed by {@link #claimEmail}
	 */
	TransactWriteItem copy(String userId, ActivityRef ref, Activity activity, boolean emailDue) {
		Map<String, AttributeValue> item = new HashMap<>(copyKey(userId, ref));
		item.put("GSI1PK", s(FEED + userId + "#" + activity.type()));
		item.put("GSI1SK", s(ref.timeKey()));
		item.put("entityType", s("FEED"));
		item.put("id", s(activity.id()));
		item.put("type", s(activity.type()));
		if (activity.projectId() != null) {
			item.put("projectId", s(activity.projectId()));
		}
		item.put("userId", s(activity.userId()));
		item.put("summary", s(activity.summary()));
		item.put("createdAt", s(Timestamps.format(activity.createdAt())));
		if (emailDue) {
			item.put(EMAIL, s(DUE));
		}
		return TransactWriteItem.builder()
			.put(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"))
			.build();
	}

	/**
	 * Takes the email of the entry for this user, if one is due and nobody took it yet: whoever gets {@code true}
	 * sends it, and nobody else ever will, so an email goes out at most once even when the message comes again.
	 */
	boolean claimEmail(String userId, ActivityRef ref) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(copyKey(userId, ref))
				.conditionExpression("#email = :due")
				.updateExpression("SET #email = :sent")
				.expressionAttributeNames(Map.of("#email", EMAIL))
				.expressionAttributeValues(Map.of(":due", s(DUE), ":sent", s(SENT))));
			return true;
		}
		catch (ConditionalCheckFailedException notDue) {
			return false;
		}
	}

	static Map<String, AttributeValue> copyKey(String userId, ActivityRef ref) {
		return Attributes.key(user(userId), FEED + ref.timeKey());
	}

	static String user(String userId) {
		return "USER#" + userId;
	}

}
