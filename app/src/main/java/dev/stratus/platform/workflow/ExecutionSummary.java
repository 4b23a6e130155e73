package dev.stratus.platform.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** An {@link Execution} without its steps, as lists show it. */
public record ExecutionSummary(String executionId, String workflow, ExecutionStatus status, JsonNode input,
		@Nullable JsonNode output, @Nullable ExecutionError error, Instant startedAt, @Nullable Instant stoppedAt) {
}
