package dev.stratus.workspace.internal.activity;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.stratus.platform.security.SecurityAlerts;
import dev.stratus.workspace.ActivityTypes;
import dev.stratus.workspace.internal.ActivityEntry;
import dev.stratus.workspace.internal.ActivityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Security alerts as {@code security_alert} entries of the user, in their partition: the entry and its fan-out's
 * outbox entry in one transaction, the fan-out then notifying the user (in-app and, by default, by email).
 */
@Component
class WorkspaceSecurityAlerts implements SecurityAlerts {

	private static final Logger log = LoggerFactory.getLogger(WorkspaceSecurityAlerts.class);

	private final ActivityLog activities;

	private final DynamoDbClient dynamo;

	private final Clock clock;

	WorkspaceSecurityAlerts(ActivityLog activities, DynamoDbClient dynamo, Clock clock) {
		this.activities = activities;
		this.dynamo = dynamo;
		this.clock = clock;
	}

	@Override
	public void raise(String userId, String email, String summary) {
		ActivityEntry entry = activities.entry(ActivityLog.of(ActivityTypes.SECURITY_ALERT, null, userId, summary,
				clock.instant().truncatedTo(ChronoUnit.MILLIS)), Map.of(userId, email));
		try {
			dynamo.transactWriteItems(b -> b.transactItems(entry.writes().values()));
		}
		catch (SdkException notWritten) {
			log.atError()
				.addKeyValue("userId", userId)
				.addKeyValue("reason", notWritten.getClass().getSimpleName())
				.log("Security alert could not be recorded");
		}
	}

}
