package dev.stratus.platform.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** STUB. */
public record ExecutionSummary(String executionId, String workflow, ExecutionStatus status, JsonNode input,
		@Nullable JsonNode output, @Nullable ExecutionError error, Instant startedAt, @Nullable Instant stoppedAt) {
}
