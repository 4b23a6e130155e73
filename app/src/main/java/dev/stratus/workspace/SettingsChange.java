package dev.stratus.workspace;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A change of settings: a null field stays as it is; {@code notifications} replaces the preferences of the
 * types it names and keeps the others.
 */
public record SettingsChange(@Nullable String displayName, @Nullable String timeZone,
		@Nullable Map<String, NotificationPreference> notifications) {
}
