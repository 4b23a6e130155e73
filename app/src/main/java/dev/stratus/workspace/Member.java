package dev.stratus.workspace;

import java.time.Instant;

/** One member of a project's team. */
public record Member(String userId, String email, String name, ProjectRole role, Instant joinedAt) {
}
