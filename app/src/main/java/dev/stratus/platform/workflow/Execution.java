package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** STUB. */
public record Execution(String executionId, String workflow, ExecutionStatus status, JsonNode input,
		@Nullable JsonNode output, @Nullable ExecutionError error, Instant startedAt, @Nullable Instant stoppedAt,
		List<Step> steps) {
}
