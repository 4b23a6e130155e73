package dev.stratus.platform.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** STUB. */
public record Step(String name, String type, StepStatus status, Instant enteredAt, @Nullable Instant exitedAt,
		JsonNode input, @Nullable JsonNode output, @Nullable ExecutionError error, int attempts) {
}
