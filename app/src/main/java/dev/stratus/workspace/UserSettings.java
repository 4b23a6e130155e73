package dev.stratus.workspace;

import java.util.Map;

/**
 * A user's settings: how the console names them and shows times, and how they hear of each notifying activity
 * type (every one of {@link ActivityTypes#NOTIFYING}, defaults filled in).
 *
 * @param timeZone an IANA zone id, as {@code Europe/Paris}
 */
public record UserSettings(String displayName, String timeZone, Map<String, NotificationPreference> notifications) {

	public UserSettings {
		notifications = Map.copyOf(notifications);
	}

}
