package dev.stratus.workspace;

import java.time.Instant;

/** An invitation as its project's owners see it: never its token, which only the email carries. */
public record Invitation(String id, String projectId, String email, ProjectRole role, Instant createdAt,
		Instant expiresAt, String invitedBy) {
}
