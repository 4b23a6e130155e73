package dev.stratus.workspace;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A project as one of its members sees it.
 *
 * @param role the reader's role in it
 */
public record Project(String id, String name, @Nullable String description, Stack stack, Visibility visibility,
		ProjectRole role, Instant createdAt, Instant updatedAt, String createdBy) {
}
