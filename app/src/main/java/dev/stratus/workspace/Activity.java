package dev.stratus.workspace;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened in the workspace, written with the mutation that did it. Issue #18 builds
 * the Activity API and notifications on these; Home shows the caller's latest.
 *
 * @param type as {@code project_created}, {@code team_member_added}
 * @param projectId the project it happened in; null for none
 * @param userId who did it
 */
public record Activity(String id, String type, @Nullable String projectId, String userId, String summary,
		Instant createdAt) {
}
