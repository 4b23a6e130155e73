package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/** The store the interpreter's tests use: the same rules as DynamoDB's, kept in a map. */
class InMemoryExecutionStore implements ExecutionStore {

	private final Map<String, ExecutionRecord> executions = new ConcurrentHashMap<>();

	private final Map<String, String> claims = new ConcurrentHashMap<>();

	/** Every step write, in order, as the table would have seen them. */
	final List<StepRecord> writes = new ArrayList<>();

	void put(ExecutionRecord execution) {
		executions.put(execution.id(), execution);
	}

	@Override
	public Optional<ExecutionRecord> load(String executionId) {
		return Optional.ofNullable(executions.get(executionId));
	}

	@Override
	public boolean claim(String executionId, String token, Instant now, Instant until) {
		claims.put(executionId, token);
		return true;
	}

	/** As if another delivery had taken the execution over. */
	void steal(String executionId) {
		claims.put(executionId, "someone else");
	}

	@Override
	public void enter(String executionId, StepRecord step) {
		replaceStep(executionId, step);
	}

	@Override
	public void update(String executionId, StepRecord step) {
		replaceStep(executionId, step);
	}

	@Override
	public boolean exit(ExecutionRecord execution, String token, StepRecord step, Advance advance) {
		if (!token.equals(claims.get(execution.id()))) {
			return false;
		}
		replaceStep(execution.id(), step);
		ExecutionRecord current = executions.get(execution.id());
		if (advance instanceof Advance.Next next) {
			executions.put(execution.id(), with(current, current.status(), null, null, null, next.cursor()));
		}
		else {
			Advance.Finish finish = (Advance.Finish) advance;
			executions.put(execution.id(),
					with(current, finish.status(), finish.output(), finish.error(), finish.at(), null));
		}
		return true;
	}

	@Override
	public void sleep(String executionId, String token, Instant until) {
		claims.remove(executionId);
	}

	@Override
	public void failed(String executionId, String token, String error, Instant now, Instant dueAt) {
		claims.remove(executionId);
	}

	private synchronized void replaceStep(String executionId, StepRecord step) {
		writes.add(step);
		ExecutionRecord current = executions.get(executionId);
		List<StepRecord> steps = new ArrayList<>(current.steps().stream().filter(s -> s.seq() != step.seq()).toList());
		steps.add(step);
		steps.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
		executions.put(executionId, new ExecutionRecord(current.id(), current.workflow(), current.status(),
				current.input(), current.output(), current.error(), current.startedAt(), current.stoppedAt(),
				current.cursor(), steps, current.waitingUntil()));
	}

	private static ExecutionRecord with(ExecutionRecord current, ExecutionStatus status,
			tools.jackson.databind.@Nullable JsonNode output, @Nullable ExecutionError error,
			@Nullable Instant stoppedAt, @Nullable Cursor cursor) {
		return new ExecutionRecord(current.id(), current.workflow(), status, current.input(), output, error,
				current.startedAt(), stoppedAt, cursor, current.steps(), current.waitingUntil());
	}

}
