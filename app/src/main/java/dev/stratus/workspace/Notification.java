package dev.stratus.workspace;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An in-app notification of a critical activity entry, one per user it concerns. Its id is the entry's: one
 * entry notifies a user at most once.
 *
 * @param projectId the entry's project; null for none
 * @param readAt when the user marked it read; null while unread
 */
public record Notification(String id, String type, String title, String body, @Nullable String projectId,
		Instant createdAt, @Nullable Instant readAt) {
}
