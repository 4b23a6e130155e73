package dev.stratus.workspace;

/** How a user wants to hear of one notifying activity type: in the console's bell, by email, both or neither. */
public record NotificationPreference(boolean inApp, boolean email) {
}
