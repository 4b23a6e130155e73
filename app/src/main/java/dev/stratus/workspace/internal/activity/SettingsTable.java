package dev.stratus.workspace.internal.activity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.workspace.ActivityTypes;
import dev.stratus.workspace.NotificationPreference;
import dev.stratus.workspace.UserSettings;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * A user's settings, one item {@code USER#<userId>} / {@code SETTINGS}: {@code displayName}, {@code timeZone} and
 * {@code notifications} (a map of type to {@code {"inApp", "email"}}, only the types the user chose). The profile
 * picture keeps its own item.
 */
@Component
public class SettingsTable {

	private static final String SETTINGS = "SETTINGS";

	private final DynamoDbClient dynamo;

	private final String table;

	SettingsTable(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	/** What the user saved; empty when they never did. */
	public Optional<UserSettings> find(String userId) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(key(userId)).consistentRead(true))
			.item();
		if (item == null || item.isEmpty()) {
			return Optional.empty();
		}
		Map<String, NotificationPreference> preferences = new HashMap<>();
		AttributeValue stored = item.get("notifications");
		if (stored != null && stored.hasM()) {
			stored.m()
				.forEach((type, choice) -> preferences.put(type,
						new NotificationPreference(choice.m().get("inApp").bool(), choice.m().get("email").bool())));
		}
		return Optional.of(new UserSettings(Attributes.str(item, "displayName"), Attributes.str(item, "timeZone"),
				preferences));
	}

	/** How the user wants to hear of {@code type}: their choice, else the default. */
	NotificationPreference preference(String userId, String type) {
		return find(userId).map(settings -> settings.notifications().get(type))
			.orElseGet(() -> ActivityTypes.defaultPreference(type));
	}

	/**
	 * The put of the user's settings, for the transaction that also writes its activity entry.
	 * @param settings only the notification types the user chose
	 */
	public TransactWriteItem put(String userId, UserSettings settings) {
		Map<String, AttributeValue> preferences = new HashMap<>();
		settings.notifications()
			.forEach((type, choice) -> preferences.put(type, AttributeValue.fromM(Map.of("inApp",
					AttributeValue.fromBool(choice.inApp()), "email", AttributeValue.fromBool(choice.email())))));
		Map<String, AttributeValue> item = new HashMap<>(key(userId));
		item.put("entityType", s("SETTINGS"));
		item.put("displayName", s(settings.displayName()));
		item.put("timeZone", s(settings.timeZone()));
		item.put("notifications", AttributeValue.fromM(preferences));
		return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)).build();
	}

	private static Map<String, AttributeValue> key(String userId) {
		return Attributes.key(Feeds.user(userId), SETTINGS);
	}

}
