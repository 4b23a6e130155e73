package dev.stratus.workspace.internal.activity;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.workspace.Notification;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * A user's in-app notifications, in their partition: {@code USER#<userId>} / {@code NOTIFY#<activityId>} (one per
 * entry and user, so a second delivery is refused), listed newest first through GSI2 {@code NOTIFY#<userId>}, the
 * unread ones through GSI1 {@code UNREAD#<userId>} (a sparse index: reading one takes it out). The unread count
 * is one item, {@code UNREAD}, changed in the transaction of every write that changes it, so it is one GetItem.
 */
@Component
public class NotificationTable {

	private static final String NOTIFY = "NOTIFY#";

	private static final String UNREAD = "UNREAD#";

	private static final String COUNT = "UNREAD";

	private final DynamoDbClient dynamo;

	private final QueryPages pages;

	private final String table;

	NotificationTable(DynamoDbClient dynamo, QueryPages pages, CloudResources resources) {
		this.dynamo = dynamo;
		this.pages = pages;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	/** The notification's put and the unread count's increment, for the fan-out's transaction. */
	List<TransactWriteItem> add(String userId, String timeKey, Notification notification) {
		Map<String, AttributeValue> item = new HashMap<>(key(userId, notification.id()));
		item.put("GSI2PK", s(NOTIFY + userId));
		item.put("GSI2SK", s(timeKey));
		item.put("GSI1PK", s(UNREAD + userId));
		item.put("GSI1SK", s(timeKey));
		item.put("entityType", s("NOTIFICATION"));
		item.put("id", s(notification.id()));
		item.put("type", s(notification.type()));
		item.put("title", s(notification.title()));
		item.put("body", s(notification.body()));
		if (notification.projectId() != null) {
			item.put("projectId", s(notification.projectId()));
		}
		item.put("createdAt", time(notification.createdAt()));
		return List.of(
				TransactWriteItem.builder()
					.put(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"))
					.build(),
				count(userId, 1));
	}

	public Page<Notification> list(String userId, boolean unreadOnly, int limit, @Nullable String nextToken) {
		String index = unreadOnly ? "GSI1" : "GSI2";
		QueryRequest query = QueryRequest.builder()
			.tableName(table)
			.indexName(index)
			.keyConditionExpression(index + "PK = :user")
			.expressionAttributeValues(Map.of(":user", s((unreadOnly ? UNREAD : NOTIFY) + userId)))
			.scanIndexForward(false)
			.build();
		return pages.read(query, "notifications|" + userId + "|" + unreadOnly, limit, nextToken,
				NotificationTable::notification);
	}

	public long unreadCount(String userId) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(Attributes.key(Feeds.user(userId), COUNT)).consistentRead(true))
			.item();
		return item == null || !item.containsKey("n") ? 0 : Math.max(0, Attributes.num(item, "n"));
	}

	/**
	 * Marks the notification read, and counts one unread fewer, unless it was read already.
	 * @return the notification as it is now; empty when the user has none of that id
	 */
	public Optional<Notification> markRead(String userId, String id, Instant now) {
		mark(userId, id, now);
		return find(userId, id);
	}

	/** Marks every unread notification of the user read. @return how many this call marked */
	public long markAllRead(String userId, Instant now) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :user")
				.expressionAttributeValues(Map.of(":user", s(UNREAD + userId))))
			.items()
			.stream()
			.filter(item -> mark(userId, Attributes.str(item, "id"), now))
			.count();
	}

	/** @return whether this call marked it (it was there, and unread) */
	private boolean mark(String userId, String id, Instant now) {
		LabelledWrites writes = new LabelledWrites().add("notification", TransactWriteItem.builder()
			.update(update -> update.tableName(table)
				.key(key(userId, id))
				.conditionExpression("attribute_exists(PK) AND attribute_not_exists(readAt)")
				.updateExpression("SET readAt = :now REMOVE GSI1PK, GSI1SK")
				.expressionAttributeValues(Map.of(":now", time(now))))
			.build()).add("count", count(userId, -1));
		for (int attempt = 1;; attempt++) {
			try {
				dynamo.transactWriteItems(b -> b.transactItems(writes.items()));
				return true;
			}
			catch (TransactionCanceledException cancelled) {
				// Absent or read already, or (rarely) a fan-out counting a new one at the same moment: try again.
				if (!writes.reasons(cancelled).contended() || attempt == 3) {
					return false;
				}
			}
		}
	}

	private Optional<Notification> find(String userId, String id) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(key(userId, id)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(notification(item));
	}

	private TransactWriteItem count(String userId, long by) {
		return TransactWriteItem.builder()
			.update(update -> update.tableName(table)
				.key(Attributes.key(Feeds.user(userId), COUNT))
				.updateExpression("ADD #n :by")
				.expressionAttributeNames(Map.of("#n", "n"))
				.expressionAttributeValues(Map.of(":by", Attributes.n(by))))
			.build();
	}

	private static Map<String, AttributeValue> key(String userId, String id) {
		return Attributes.key(Feeds.user(userId), NOTIFY + id);
	}

	static Notification notification(Map<String, AttributeValue> item) {
		return new Notification(Attributes.str(item, "id"), Attributes.str(item, "type"),
				Attributes.str(item, "title"), Attributes.str(item, "body"), Attributes.optStr(item, "projectId"),
				Attributes.instant(item, "createdAt"), Attributes.optInstant(item, "readAt"));
	}

}
