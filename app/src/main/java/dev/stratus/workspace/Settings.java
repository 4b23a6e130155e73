package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.activity.SettingsTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A user's settings. Until they save any, their display name is their profile's name, their time zone {@code UTC}
 * and their notification preferences the defaults ({@link ActivityTypes#defaultPreference}).
 */
@Service
public class Settings {

	private static final Logger log = LoggerFactory.getLogger(Settings.class);

	private final SettingsTable table;

	private final ActivityLog activities;

	private final DynamoDbClient dynamo;

	private final Clock clock;

	Settings(SettingsTable table, ActivityLog activities, DynamoDbClient dynamo, Clock clock) {
		this.table = table;
		this.activities = activities;
		this.dynamo = dynamo;
		this.clock = clock;
	}

	/** The user's settings, every notifying type's preference filled in. */
	public UserSettings of(Person person) {
		return withDefaults(stored(person));
	}

	/** Saves the change, with its {@code settings_updated} entry in the same transaction. */
	public UserSettings update(Person person, SettingsChange change) {
		UserSettings before = stored(person);
		Map<String, NotificationPreference> preferences = new HashMap<>(before.notifications());
		if (change.notifications() != null) {
			preferences.putAll(change.notifications());
		}
		UserSettings after = new UserSettings(
				change.displayName() == null ? before.displayName() : change.displayName(),
				change.timeZone() == null ? before.timeZone() : change.timeZone(), preferences);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LabelledWrites writes = new LabelledWrites().add("settings", table.put(person.userId(), after))
			.addAll(activities
				.entry(ActivityLog.of(ActivityTypes.SETTINGS_UPDATED, null, person.userId(), "Updated settings", now))
				.writes());
		dynamo.transactWriteItems(b -> b.transactItems(writes.items()));
		log.atInfo().addKeyValue("userId", person.userId()).log("Settings updated");
		return withDefaults(after);
	}

	private UserSettings stored(Person person) {
		return table.find(person.userId()).orElseGet(() -> new UserSettings(person.name(), "UTC", Map.of()));
	}

	private static UserSettings withDefaults(UserSettings settings) {
		Map<String, NotificationPreference> preferences = new HashMap<>();
		ActivityTypes.NOTIFYING.forEach(type -> preferences.put(type,
				settings.notifications().getOrDefault(type, ActivityTypes.defaultPreference(type))));
		return new UserSettings(settings.displayName(), settings.timeZone(), preferences);
	}

}
