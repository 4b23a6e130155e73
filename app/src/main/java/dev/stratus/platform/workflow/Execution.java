package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One run of a workflow with every step it has entered so far.
 * @param workflow the workflow's name
 * @param output set once {@code SUCCEEDED}
 * @param error set once {@code FAILED}
 * @param stoppedAt set once not {@code RUNNING}
 */
public record Execution(String executionId, String workflow, ExecutionStatus status, JsonNode input,
		@Nullable JsonNode output, @Nullable ExecutionError error, Instant startedAt, @Nullable Instant stoppedAt,
		List<Step> steps) {

	public Execution {
		steps = List.copyOf(steps);
	}

	/** The same without its steps, as lists show it. */
	public ExecutionSummary summary() {
		return new ExecutionSummary(executionId, workflow, status, input, output, error, startedAt, stoppedAt);
	}

}
