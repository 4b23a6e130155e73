package dev.stratus.workspace.internal.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.ActivityTypes;
import dev.stratus.workspace.Notification;
import dev.stratus.workspace.NotificationPreference;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.ProjectItems;
import dev.stratus.workspace.internal.WorkspaceResources;
import dev.stratus.workspace.internal.activity.Audience.Concerned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * What follows an activity entry, once: it is counted in its project's charts, and for each user it concerns
 * ({@link Audience}) copied into their feed, counted in their "all my projects" charts, and, for the critical
 * types, notified in-app and by email as their preferences say.
 * <p>
 * Each step is one transaction guarded by a condition that only its first run meets: the project's counting
 * marks the entry {@code countedAt}, a user's part puts their feed copy, keyed by the entry. A redelivered
 * message finds them done and changes nothing; a step that failed half way is retried whole by the job. An email
 * is claimed on the user's copy before it is sent, so it goes at most once.
 */
@Component
class ActivityFanout implements JobHandler<ActivityRef> {

	private static final Logger log = LoggerFactory.getLogger(ActivityFanout.class);

	/** How often a step contended by other transactions (real DynamoDB) is tried before the job retries it. */
	private static final int ATTEMPTS = 5;

	private final DynamoDbClient dynamo;

	private final Audience audiences;

	private final Counters counters;

	private final Feeds feeds;

	private final NotificationTable notifications;

	private final SettingsTable settings;

	private final NotificationDelivery delivery;

	private final Clock clock;

	private final String table;

	ActivityFanout(DynamoDbClient dynamo, Audience audiences, Counters counters, Feeds feeds,
			NotificationTable notifications, SettingsTable settings, NotificationDelivery delivery, Clock clock,
			CloudResources resources) {
		this.dynamo = dynamo;
		this.audiences = audiences;
		this.counters = counters;
		this.feeds = feeds;
		this.notifications = notifications;
		this.settings = settings;
		this.delivery = delivery;
		this.clock = clock;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	@Override
	public Outcome handle(ActivityRef ref, Attempt attempt) {
		Map<String, AttributeValue> item = entry(ref);
		if (item.isEmpty() || item.containsKey("fannedOutAt")) {
			return Outcome.DONE;
		}
		Activity activity = ActivityLog.activity(item);
		if (ref.inProject()) {
			countInProject(ref, activity);
		}
		List<Concerned> concerned = audiences.of(ref, activity, ActivityLog.concerned(item));
		for (Concerned user : concerned) {
			fanOutTo(user, ref, activity);
		}
		markDone(ref);
		log.atDebug()
			.addKeyValue("activityId", activity.id())
			.addKeyValue("type", activity.type())
			.addKeyValue("users", concerned.size())
			.log("Activity fanned out");
		return Outcome.DONE;
	}

	private void countInProject(ActivityRef ref, Activity activity) {
		LabelledWrites writes = new LabelledWrites()
			.add("entry", TransactWriteItem.builder()
				.update(update -> update.tableName(table)
					.key(ref.key())
					.conditionExpression("attribute_exists(PK) AND attribute_not_exists(countedAt)")
					.updateExpression("SET countedAt = :now")
					.expressionAttributeValues(Map.of(":now", time(now()))))
				.build())
			.add("project", TransactWriteItem.builder()
				.conditionCheck(check -> check.tableName(table)
					.key(Attributes.key(ref.partition(), ProjectItems.META))
					.conditionExpression("#status = :active")
					.expressionAttributeNames(Map.of("#status", "status"))
					.expressionAttributeValues(Map.of(":active", s("ACTIVE"))))
				.build());
		addAll(writes, "count", counters.increments(ref.partition(), activity));
		// Refused for the entry: counted before. For the project: it is being deleted, its counters with it.
		run(writes, "entry", "project");
	}

	private void fanOutTo(Concerned user, ActivityRef ref, Activity activity) {
		boolean notify = user.notified() && ActivityTypes.NOTIFYING.contains(activity.type());
		NotificationPreference preference = notify ? settings.preference(user.userId(), activity.type())
				: new NotificationPreference(false, false);
		String address = user.email();
		boolean email = preference.email() && address != null;
		LabelledWrites writes = new LabelledWrites().add("copy", feeds.copy(user.userId(), ref, activity, email));
		if (activity.projectId() != null) {
			addAll(writes, "count", counters.increments(Feeds.user(user.userId()), activity));
		}
		Notification notification = notification(activity);
		if (preference.inApp()) {
			addAll(writes, "notify", notifications.add(user.userId(), ref.timeKey(), notification));
		}
		// Refused for the copy: this user's part was done by an earlier delivery, perhaps all but its email.
		run(writes, "copy");
		if (address != null && email && feeds.claimEmail(user.userId(), ref)) {
			send(new NotificationDelivery.Recipient(user.userId(), address), notification);
		}
	}

	private void send(NotificationDelivery.Recipient recipient, Notification notification) {
		try {
			delivery.email(recipient, notification);
		}
		catch (NotificationDelivery.DeliveryFailed notSent) {
			log.atWarn()
				.addKeyValue("activityId", notification.id())
				.addKeyValue("userId", recipient.userId())
				.addKeyValue("reason", notSent.getMessage())
				.log("Notification email could not be sent; the in-app notification stands");
		}
	}

	/** Runs the writes, unless a condition of one of {@code settledBy} says it is done or moot. */
	private void run(LabelledWrites writes, String... settledBy) {
		for (int attempt = 1;; attempt++) {
			try {
				dynamo.transactWriteItems(b -> b.transactItems(writes.items()));
				return;
			}
			catch (TransactionCanceledException cancelled) {
				LabelledWrites.Cancellation reasons = writes.reasons(cancelled);
				for (String label : settledBy) {
					if (reasons.conditionFailed(label)) {
						return;
					}
				}
				if (!reasons.contended() || attempt == ATTEMPTS) {
					throw cancelled;
				}
			}
		}
	}

	private void markDone(ActivityRef ref) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(ref.key())
				.conditionExpression("attribute_exists(PK)")
				.updateExpression("SET fannedOutAt = :now")
				.expressionAttributeValues(Map.of(":now", time(now()))));
		}
		catch (ConditionalCheckFailedException gone) {
			// Deleted with its project meanwhile: nothing left to mark.
		}
	}

	private Map<String, AttributeValue> entry(ActivityRef ref) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(ref.key()).consistentRead(true))
			.item();
		return item == null ? Map.of() : item;
	}

	private static Notification notification(Activity activity) {
		String title = switch (activity.type()) {
			case ActivityTypes.DEPLOYMENT_FAILED -> "Deployment failed";
			case ActivityTypes.DEPLOYMENT_SUCCESS -> "Deployment succeeded";
			case ActivityTypes.PROJECT_DELETED -> "Project deleted";
			case ActivityTypes.TEAM_MEMBER_ADDED -> "New team member";
			case ActivityTypes.TEAM_MEMBER_REMOVED -> "Team member removed";
			case ActivityTypes.SECURITY_ALERT -> "Security alert";
			default -> "Activity";
		};
		return new Notification(activity.id(), activity.type(), title, activity.summary(), activity.projectId(),
				activity.createdAt(), null);
	}

	private static void addAll(LabelledWrites writes, String label, List<TransactWriteItem> items) {
		for (int i = 0; i < items.size(); i++) {
			writes.add(label + i, items.get(i));
		}
	}

	@Override
	public Standing standing(ActivityRef ref) {
		Map<String, AttributeValue> item = entry(ref);
		if (item.isEmpty()) {
			return new Standing.Gone();
		}
		return item.containsKey("fannedOutAt") ? new Standing.Settled() : new Standing.Failing(0, null, null);
	}

	@Override
	public void park(ActivityRef ref) {
		log.atWarn().addKeyValue("activity", ref.text()).log("Activity fan-out dead-lettered; it waits for a redrive");
	}

	@Override
	public void restart(ActivityRef ref, Instant now) {
		// Nothing to reset: each step knows from its own condition whether it is done.
	}

	/** Millisecond precision, as every stored time. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
