package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A step as the engine keeps it: the public {@link Step} plus what a resumed step needs, its
 * position, the retries each retrier has used, and when a Wait or a retry's interval ends.
 */
record StepRecord(int seq, String name, String type, StepStatus status, Instant enteredAt,
		@Nullable Instant exitedAt, JsonNode input, @Nullable JsonNode output, @Nullable ExecutionError error,
		int attempts, List<Integer> retries, @Nullable Instant resumeAt) {

	StepRecord {
		retries = List.copyOf(retries);
	}

	static StepRecord entered(int seq, State state, JsonNode input, Instant at) {
		List<Integer> retries = new ArrayList<>();
		if (state instanceof State.Task task) {
			task.retry().forEach(retrier -> retries.add(0));
		}
		return new StepRecord(seq, state.name(), state.type(), StepStatus.RUNNING, at, null, input, null, null, 0,
				retries, null);
	}

	/** Another try of its work begins. */
	StepRecord attempted() {
		return new StepRecord(seq, name, type, status, enteredAt, null, input, null, null, attempts + 1, retries,
				null);
	}

	/** Waits till {@code until} (a Wait state, or a retry's interval) with the retrier's count raised. */
	StepRecord resumingAt(Instant until, @Nullable Integer retrier) {
		List<Integer> counts = new ArrayList<>(retries);
		if (retrier != null) {
			counts.set(retrier, counts.get(retrier) + 1);
		}
		return new StepRecord(seq, name, type, status, enteredAt, null, input, null, null, attempts, counts, until);
	}

	StepRecord resumed() {
		return new StepRecord(seq, name, type, status, enteredAt, null, input, null, null, attempts, retries, null);
	}

	StepRecord exited(StepStatus outcome, Instant at, @Nullable JsonNode result, @Nullable ExecutionError failure) {
		return new StepRecord(seq, name, type, outcome, enteredAt, at, input, result, failure, Math.max(attempts, 1),
				retries, null);
	}

	int retryCount() {
		return retries.stream().mapToInt(Integer::intValue).sum();
	}

	Step toStep() {
		return new Step(name, type, status, enteredAt, exitedAt, input, output, error, attempts);
	}

}
