package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A Step Functions execution history read as the engine's steps, so that both modes answer alike.
 * Each {@code <Type>StateEntered} begins a step; each task or Lambda scheduling is an attempt (so
 * retries count); a task's failure is remembered until the next attempt; {@code <Type>StateExited}
 * ends the step SUCCEEDED, or CAUGHT if its last attempt failed (a Catch took over, and the output is
 * what went to the catcher's {@code Next}); the execution's failure, timeout or abort ends an open
 * step FAILED with its own error, else the execution's.
 */
final class ExecutionHistory {

	private static final String ENTERED = "StateEntered";

	private static final String EXITED = "StateExited";

	private ExecutionHistory() {
	}

	/** @param events the whole history, oldest first */
	static List<Step> steps(List<HistoryEvent> events) {
		List<OpenStep> steps = new ArrayList<>();
		for (HistoryEvent event : events) {
			String type = event.typeAsString();
			Instant at = event.timestamp();
			if (type.endsWith(ENTERED)) {
				var details = event.stateEnteredEventDetails();
				steps.add(new OpenStep(details.name(), type.substring(0, type.length() - ENTERED.length()), at,
						json(details.input())));
			}
			else if (type.endsWith(EXITED)) {
				var details = event.stateExitedEventDetails();
				open(steps, details.name()).exit(at, json(details.output()));
			}
			else if (isAttempt(type)) {
				last(steps).attempts++;
				last(steps).failure = null;
			}
			else if (isExecutionEnd(type)) {
				ExecutionError error = executionError(event);
				steps.stream().filter(step -> step.status == StepStatus.RUNNING).forEach(step -> step.fail(at, error));
			}
			else {
				ExecutionError failure = taskFailure(event);
				if (failure != null) {
					last(steps).failure = failure;
				}
			}
		}
		return steps.stream().map(OpenStep::toStep).toList();
	}

	private static boolean isExecutionEnd(String type) {
		return type.equals("ExecutionFailed") || type.equals("ExecutionTimedOut") || type.equals("ExecutionAborted");
	}

	private static boolean isAttempt(String type) {
		return type.equals("TaskScheduled") || type.equals("LambdaFunctionScheduled")
				|| type.equals("ActivityScheduled");
	}

	/** The error of a task-level failure event; null for any other event. */
	private static @Nullable ExecutionError taskFailure(HistoryEvent event) {
		return switch (event.type()) {
			case TASK_FAILED -> error(event.taskFailedEventDetails().error(), event.taskFailedEventDetails().cause());
			case TASK_TIMED_OUT -> timeout(event.taskTimedOutEventDetails().error(),
					event.taskTimedOutEventDetails().cause());
			case TASK_START_FAILED -> error(event.taskStartFailedEventDetails().error(),
					event.taskStartFailedEventDetails().cause());
			case TASK_SUBMIT_FAILED -> error(event.taskSubmitFailedEventDetails().error(),
					event.taskSubmitFailedEventDetails().cause());
			case LAMBDA_FUNCTION_FAILED -> error(event.lambdaFunctionFailedEventDetails().error(),
					event.lambdaFunctionFailedEventDetails().cause());
			case LAMBDA_FUNCTION_TIMED_OUT -> timeout(event.lambdaFunctionTimedOutEventDetails().error(),
					event.lambdaFunctionTimedOutEventDetails().cause());
			case LAMBDA_FUNCTION_START_FAILED -> error(event.lambdaFunctionStartFailedEventDetails().error(),
					event.lambdaFunctionStartFailedEventDetails().cause());
			case LAMBDA_FUNCTION_SCHEDULE_FAILED -> error(event.lambdaFunctionScheduleFailedEventDetails().error(),
					event.lambdaFunctionScheduleFailedEventDetails().cause());
			case ACTIVITY_FAILED -> error(event.activityFailedEventDetails().error(),
					event.activityFailedEventDetails().cause());
			case ACTIVITY_TIMED_OUT -> timeout(event.activityTimedOutEventDetails().error(),
					event.activityTimedOutEventDetails().cause());
			default -> null;
		};
	}

	/** How the execution ended when it did not succeed. */
	static ExecutionError executionError(HistoryEvent event) {
		return switch (event.type()) {
			case EXECUTION_FAILED -> error(event.executionFailedEventDetails().error(),
					event.executionFailedEventDetails().cause());
			case EXECUTION_TIMED_OUT -> timeout(event.executionTimedOutEventDetails().error(),
					event.executionTimedOutEventDetails().cause());
			case EXECUTION_ABORTED -> aborted(event.executionAbortedEventDetails().error(),
					event.executionAbortedEventDetails().cause());
			default -> error(null, "The execution ended with " + event.typeAsString());
		};
	}

	/** As the local engine names a failure without an error name (a Fail state with no {@code Error}). */
	static ExecutionError error(@Nullable String error, @Nullable String cause) {
		return new ExecutionError(orElse(error, "Failed"), ExecutionError.causeText(orElse(cause, "")));
	}

	static ExecutionError timeout(@Nullable String error, @Nullable String cause) {
		return new ExecutionError(orElse(error, "States.Timeout"), ExecutionError.causeText(orElse(cause, "")));
	}

	/** Stopped by someone ({@code StopExecution}), with the error and cause they gave, if any. */
	static ExecutionError aborted(@Nullable String error, @Nullable String cause) {
		return new ExecutionError(orElse(error, "Aborted"), ExecutionError.causeText(orElse(cause, "")));
	}

	private static String orElse(@Nullable String value, String otherwise) {
		return value == null ? otherwise : value;
	}

	/**
	 * JSON as Step Functions passes it, as text, with a caught Lambda failure's cause reduced to its message
	 * ({@link ExecutionError#withCauseTexts}). Text that does not parse (data Step Functions truncated, or left out
	 * when asked to) is kept as a string rather than lost.
	 */
	static JsonNode json(@Nullable String text) {
		if (text == null) {
			return JsonNodeFactory.instance.nullNode();
		}
		try {
			return ExecutionError.withCauseTexts(JsonPaths.JSON.readTree(text));
		}
		catch (JacksonException notJson) {
			return JsonNodeFactory.instance.stringNode(text);
		}
	}

	private static OpenStep last(List<OpenStep> steps) {
		if (steps.isEmpty()) {
			throw new IllegalStateException("A task event before any state was entered");
		}
		return steps.get(steps.size() - 1);
	}

	private static OpenStep open(List<OpenStep> steps, String name) {
		for (int i = steps.size() - 1; i >= 0; i--) {
			if (steps.get(i).name.equals(name) && steps.get(i).status == StepStatus.RUNNING) {
				return steps.get(i);
			}
		}
		throw new IllegalStateException("State " + name + " exited without having been entered");
	}

	/** A step while its events are read. */
	private static final class OpenStep {

		final String name;

		final String type;

		final Instant enteredAt;

		final JsonNode input;

		StepStatus status = StepStatus.RUNNING;

		int attempts;

		@Nullable
		ExecutionError failure;

		@Nullable
		Instant exitedAt;

		@Nullable
		JsonNode output;

		OpenStep(String name, String type, Instant enteredAt, JsonNode input) {
			this.name = name;
			this.type = type;
			this.enteredAt = enteredAt;
			this.input = input;
		}

		void exit(Instant at, JsonNode result) {
			status = failure == null ? StepStatus.SUCCEEDED : StepStatus.CAUGHT;
			exitedAt = at;
			output = result;
		}

		void fail(Instant at, ExecutionError executionError) {
			status = StepStatus.FAILED;
			exitedAt = at;
			if (failure == null) {
				failure = executionError;
			}
		}

		Step toStep() {
			// As locally: a state without work (Pass, Choice...) counts one attempt once it has ended.
			int tries = status == StepStatus.RUNNING ? attempts : Math.max(attempts, 1);
			return new Step(name, type, status, enteredAt, exitedAt, input, output, failure, tries);
		}

	}

}
