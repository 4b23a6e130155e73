package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An execution as the engine keeps it: the public {@link Execution} plus its {@link Cursor} (null
 * once finished) and, while it sleeps beyond a worker's claim, when it is due again.
 */
record ExecutionRecord(String id, String workflow, ExecutionStatus status, JsonNode input,
		@Nullable JsonNode output, @Nullable ExecutionError error, Instant startedAt, @Nullable Instant stoppedAt,
		@Nullable Cursor cursor, List<StepRecord> steps, @Nullable Instant waitingUntil) {

	ExecutionRecord {
		steps = List.copyOf(steps);
	}

	static ExecutionRecord started(String id, String workflow, JsonNode input, String startAt, Instant at) {
		return new ExecutionRecord(id, workflow, ExecutionStatus.RUNNING, input, null, null, at, null,
				new Cursor(startAt, input, 0), List.of(), null);
	}

	/** The step at the cursor if it was entered and has not exited: it is run again. */
	@Nullable
	StepRecord openStep() {
		if (cursor == null) {
			return null;
		}
		return steps.stream()
			.filter(step -> step.seq() == cursor.seq() && step.status() == StepStatus.RUNNING)
			.findFirst()
			.orElse(null);
	}

	Execution toExecution() {
		return new Execution(id, workflow, status, input, output, error, startedAt, stoppedAt,
				steps.stream().map(StepRecord::toStep).toList());
	}

}
