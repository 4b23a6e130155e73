package dev.stratus.platform.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs an execution from its cursor, step by step, keeping each step as it happens: entered
 * (RUNNING, with its input), each attempt, and its exit together with the move to the next state.
 * It stops at the end, when it must wait beyond the claim's time slice (it then falls asleep: the
 * runner arranges its wake-up), or when another delivery took the execution over.
 */
final class Interpreter {

	private final ExecutionStore store;

	private final TaskInvoker tasks;

	private final Clock clock;

	private final Sleeper sleeper;

	Interpreter(ExecutionStore store, TaskInvoker tasks, Clock clock, Sleeper sleeper) {
		this.store = store;
		this.tasks = tasks;
		this.clock = clock;
		this.sleeper = sleeper;
	}

	/**
	 * @param token the claim this run holds
	 * @param holdUntil how long this run may keep its worker: a wait ending later makes it sleep
	 */
	Progress run(Definition definition, ExecutionRecord execution, String token, Instant holdUntil) {
		Cursor cursor = execution.cursor();
		if (cursor == null) {
			return Progress.FINISHED;
		}
		StepRecord step = execution.openStep();
		while (true) {
			State state = definition.state(cursor.state());
			if (step == null) {
				step = StepRecord.entered(cursor.seq(), state, cursor.input(), clock.instant());
				store.enter(execution.id(), step);
			}
			Run run = new Run(definition, execution, step, new Lease(token, holdUntil));
			Turn turn = run.timedOut() ? run.fail(new StateFailure(StateFailure.TIMEOUT,
					"The execution ran longer than its TimeoutSeconds")) : run.perform(state);
			if (turn instanceof Turn.Asleep asleep) {
				return Progress.asleep(asleep.until());
			}
			Turn.Exit exit = (Turn.Exit) turn;
			if (!store.exit(execution, token, exit.step(), exit.advance())) {
				return Progress.LOST;
			}
			if (!(exit.advance() instanceof Advance.Next next)) {
				return Progress.FINISHED;
			}
			cursor = next.cursor();
			step = null;
			if (!clock.instant().isBefore(holdUntil)) {
				return Progress.asleep(clock.instant());
			}
		}
	}

	private record Lease(String token, Instant holdUntil) {
	}

	/** What a step came to: it exited, or it sleeps until a given time. */
	private sealed interface Turn {

		record Exit(StepRecord step, Advance advance) implements Turn {
		}

		record Asleep(Instant until) implements Turn {
		}

	}

	/** One step's run. */
	private final class Run {

		private final Definition definition;

		private final ExecutionRecord execution;

		private final Lease lease;

		private StepRecord step;

		Run(Definition definition, ExecutionRecord execution, StepRecord step, Lease lease) {
			this.definition = definition;
			this.execution = execution;
			this.step = step;
			this.lease = lease;
		}

		boolean timedOut() {
			Integer timeout = definition.timeoutSeconds();
			return timeout != null
					&& !clock.instant().isBefore(execution.startedAt().plus(Duration.ofSeconds(timeout)));
		}

		Turn perform(State state) {
			try {
				if (state instanceof State.Pass pass) {
					return pass(pass);
				}
				if (state instanceof State.Task task) {
					return task(task);
				}
				if (state instanceof State.Choice choice) {
					return choice(choice);
				}
				if (state instanceof State.Wait wait) {
					return waitState(wait);
				}
				if (state instanceof State.Succeed succeed) {
					return succeed(succeed);
				}
				return fail(failure((State.Fail) state));
			}
			catch (StateFailure failure) {
				return fail(failure);
			}
		}

		private Turn pass(State.Pass pass) {
			JsonNode raw = step.input();
			JsonNode effective = pass.io().effectiveInput(raw, context());
			JsonNode result = pass.result() != null ? pass.result() : effective;
			return next(pass.next(), pass.io().output(pass.io().merge(raw, result)));
		}

		private Turn task(State.Task task) {
			JsonNode raw = step.input();
			while (true) {
				if (step.resumeAt() != null) {
					if (!holdUntil(step.resumeAt())) {
						return new Turn.Asleep(step.resumeAt());
					}
					step = step.resumed();
				}
				// Evaluated per attempt: the context object's RetryCount changes.
				JsonNode effective = task.io().effectiveInput(raw, context());
				Integer timeout = task.timeoutSeconds();
				if (task.timeoutSecondsPath() != null) {
					timeout = positiveSeconds(read(effective, task.timeoutSecondsPath()), "TimeoutSecondsPath");
				}
				step = step.attempted();
				store.update(execution.id(), step);
				try {
					JsonNode result = task.io().selectResult(tasks.invoke(task.resource(), effective, timeout),
							context());
					return next(task.next(), task.io().output(task.io().merge(raw, result)));
				}
				catch (StateFailure failure) {
					if (failure.terminal()) {
						throw failure;
					}
					Integer retrier = retrierFor(task.retry(), failure);
					if (retrier != null) {
						Duration delay = task.retry().get(retrier).delay(step.retries().get(retrier));
						step = step.resumingAt(clock.instant().plus(delay), retrier);
						store.update(execution.id(), step);
						continue;
					}
					Catcher catcher = task.catchers().stream().filter(c -> failure.matches(c.errorEquals())).findFirst()
						.orElse(null);
					if (catcher == null) {
						throw failure;
					}
					return caught(catcher, failure, raw);
				}
			}
		}

		/** The first retrier naming the error, if it has retries left (its count never passes the first). */
		private @Nullable Integer retrierFor(List<Retrier> retry, StateFailure failure) {
			for (int i = 0; i < retry.size(); i++) {
				if (failure.matches(retry.get(i).errorEquals())) {
					return step.retries().get(i) < retry.get(i).maxAttempts() ? i : null;
				}
			}
			return null;
		}

		private Turn caught(Catcher catcher, StateFailure failure, JsonNode raw) {
			ObjectNode errorOutput = JsonPaths.object();
			errorOutput.put("Error", failure.error());
			errorOutput.put("Cause", failure.reason());
			JsonNode output = DataFlow.merge(raw, catcher.resultPath(), errorOutput);
			StepRecord exited = step.exited(StepStatus.CAUGHT, clock.instant(), output, failure.asError());
			return new Turn.Exit(exited, new Advance.Next(new Cursor(catcher.next(), output, step.seq() + 1)));
		}

		private Turn choice(State.Choice choice) {
			JsonNode effective = choice.io().input(step.input());
			String next = choice.choices()
				.stream()
				.filter(branch -> branch.rule().test(effective))
				.map(State.Choice.Branch::next)
				.findFirst()
				.orElse(choice.defaultNext());
			if (next == null) {
				throw new StateFailure(StateFailure.NO_CHOICE_MATCHED,
						"No Matches! No rule of Choice state " + choice.name() + " matched and it has no Default");
			}
			return next(next, choice.io().output(effective));
		}

		private Turn waitState(State.Wait wait) {
			JsonNode effective = wait.io().input(step.input());
			if (step.resumeAt() == null) {
				step = step.resumingAt(until(wait, effective), null);
				store.update(execution.id(), step);
			}
			if (!holdUntil(step.resumeAt())) {
				return new Turn.Asleep(step.resumeAt());
			}
			return next(wait.next(), wait.io().output(effective));
		}

		/** Counted from when the step was entered, so a resumed Wait does not start over. */
		private Instant until(State.Wait wait, JsonNode effective) {
			if (wait.seconds() != null) {
				return step.enteredAt().plusSeconds(wait.seconds());
			}
			if (wait.secondsPath() != null) {
				return step.enteredAt()
					.plusSeconds(positiveSeconds(read(effective, wait.secondsPath()), "SecondsPath"));
			}
			JsonNode timestamp = wait.timestamp() != null ? JsonNodeFactory.instance.stringNode(wait.timestamp())
					: read(effective, wait.timestampPath());
			return ChoiceRule.timestamp(timestamp)
				.orElseThrow(() -> StateFailure.runtime("TimestampPath names no RFC 3339 timestamp: " + timestamp))
				.toInstant();
		}

		private Turn succeed(State.Succeed succeed) {
			JsonNode output = succeed.io().output(succeed.io().input(step.input()));
			return new Turn.Exit(step.exited(StepStatus.SUCCEEDED, clock.instant(), output, null),
					new Advance.Finish(ExecutionStatus.SUCCEEDED, output, null, clock.instant()));
		}

		private StateFailure failure(State.Fail fail) {
			String error = fail.errorPath() != null ? text(fail.errorPath()) : fail.error();
			String cause = fail.causePath() != null ? text(fail.causePath()) : fail.cause();
			return new StateFailure(error == null ? "Failed" : error, cause == null ? "" : cause);
		}

		private String text(String path) {
			JsonNode value = read(step.input(), path);
			if (!value.isString()) {
				throw StateFailure.runtime("The path " + path + " does not name a string: " + value);
			}
			return value.asString();
		}

		Turn fail(StateFailure failure) {
			Instant now = clock.instant();
			return new Turn.Exit(step.exited(StepStatus.FAILED, now, null, failure.asError()),
					new Advance.Finish(ExecutionStatus.FAILED, null, failure.asError(), now));
		}

		private Turn next(@Nullable String next, JsonNode output) {
			StepRecord exited = step.exited(StepStatus.SUCCEEDED, clock.instant(), output, null);
			Advance advance = next == null
					? new Advance.Finish(ExecutionStatus.SUCCEEDED, output, null, clock.instant())
					: new Advance.Next(new Cursor(next, output, step.seq() + 1));
			return new Turn.Exit(exited, advance);
		}

		/** Holds the worker until {@code until} if that is within the lease. @return false: sleep instead */
		private boolean holdUntil(Instant until) {
			Instant now = clock.instant();
			if (!now.isBefore(until)) {
				return true;
			}
			if (until.isAfter(lease.holdUntil())) {
				return false;
			}
			sleeper.sleep(Duration.between(now, until));
			return true;
		}

		/** The context object, {@code $$}. */
		private JsonNode context() {
			return ContextObject.of(execution, step);
		}

		private JsonNode read(JsonNode document, String path) {
			try {
				return JsonPaths.read(document, path);
			}
			catch (JsonPaths.PathMiss miss) {
				throw StateFailure.runtime(miss.getMessage());
			}
		}

		private int positiveSeconds(JsonNode value, String field) {
			if (!value.isIntegralNumber() || value.asLong() < 0 || !value.canConvertToInt()) {
				throw StateFailure.runtime(field + " does not name a non-negative integer: " + value);
			}
			return value.asInt();
		}

	}

}
