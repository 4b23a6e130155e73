package dev.stratus.platform.workflow;

import dev.stratus.platform.web.Timestamps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The context object a template reads with {@code $$}: {@code Execution} ({@code Id}, {@code Name},
 * {@code StartTime}, {@code Input}), {@code StateMachine} ({@code Id}, {@code Name}) and
 * {@code State} ({@code Name}, {@code EnteredTime}, {@code RetryCount}). Ids are ARNs shaped as on
 * AWS, in the local account {@code 000000000000}; {@code Execution.Name} is the execution id.
 */
final class ContextObject {

	static final String ARN_PREFIX = "arn:aws:states:local:000000000000:";

	private ContextObject() {
	}

	static JsonNode of(ExecutionRecord execution, StepRecord step) {
		ObjectNode context = JsonPaths.object();
		ObjectNode run = context.putObject("Execution");
		run.put("Id", ARN_PREFIX + "execution:" + execution.workflow() + ":" + execution.id());
		run.put("Name", execution.id());
		run.put("StartTime", Timestamps.format(execution.startedAt()));
		run.set("Input", execution.input());
		ObjectNode machine = context.putObject("StateMachine");
		machine.put("Id", ARN_PREFIX + "stateMachine:" + execution.workflow());
		machine.put("Name", execution.workflow());
		ObjectNode state = context.putObject("State");
		state.put("Name", step.name());
		state.put("EnteredTime", Timestamps.format(step.enteredAt()));
		state.put("RetryCount", step.retryCount());
		return context;
	}

}
