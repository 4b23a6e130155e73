package dev.stratus.platform.workflow;

import tools.jackson.databind.JsonNode;

/**
 * The work behind a Task state whose resource is a Lambda function: locally the engine calls the
 * bean whose {@link #functionName()} the resource names; on AWS the same handler runs as that Lambda
 * function. A module declares one bean per function.
 * <p>
 * Must be idempotent: a task may run more than once for the same step (a retry, or a step that had
 * started when the app stopped is run again after the restart), so it decides from its input and
 * its data (a conditional write, an existence check) rather than from having been called.
 */
public interface WorkflowTask {

	/** The Lambda function's name, the last part of its ARN, as in {@code customer-validate}. */
	String functionName();

	/**
	 * Does the work for one attempt.
	 * @param input the state's effective input (after {@code InputPath} and {@code Parameters})
	 * @return the task's result, before {@code ResultSelector} and {@code ResultPath}
	 * @throws TaskFailure for an error a {@code Retry} or {@code Catch} may name; any other exception
	 * counts as {@code States.TaskFailed}
	 */
	JsonNode run(JsonNode input);

}
