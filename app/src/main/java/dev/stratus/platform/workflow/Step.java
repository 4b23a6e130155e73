package dev.stratus.platform.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One state an execution entered, in the order entered.
 * @param type the state's type, as in {@code Task}
 * @param input what the state received, before its {@code InputPath}
 * @param output what it passed on (for a caught step, what went to the catcher's {@code Next}); null
 * while running and after a failure
 * @param attempts how often its work was tried: retries count, and so does a re-run after a restart
 */
public record Step(String name, String type, StepStatus status, Instant enteredAt, @Nullable Instant exitedAt,
		JsonNode input, @Nullable JsonNode output, @Nullable ExecutionError error, int attempts) {
}
