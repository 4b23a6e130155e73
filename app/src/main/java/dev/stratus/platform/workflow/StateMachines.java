package dev.stratus.platform.workflow;

import java.util.regex.Pattern;

/**
 * Where the workflows live on AWS: the state machine of workflow {@code name} is
 * {@code <arnPrefix><name>}, and since the starter names each execution after its execution id
 * (see {@link StepFunctionsExecutions}), the execution's ARN follows from the id alone.
 * @param arnPrefix as in {@code arn:aws:states:eu-west-1:123456789012:stateMachine:stratus-}
 */
record StateMachines(String arnPrefix) {

	private static final Pattern PREFIX = Pattern.compile("arn:[a-z-]+:states:[a-z0-9-]+:\\d{12}:stateMachine:[^:]*");

	StateMachines {
		if (!PREFIX.matcher(arnPrefix).matches()) {
			throw new IllegalStateException("STRATUS_WORKFLOWS_STATE_MACHINE_ARN_PREFIX must be a state machine ARN "
					+ "without the workflow's name, as in arn:aws:states:eu-west-1:123456789012:stateMachine:stratus-, "
					+ "not '" + arnPrefix + "'");
		}
	}

	String stateMachineArn(String workflow) {
		return arnPrefix + workflow;
	}

	/** An execution's ARN is its state machine's, with {@code :execution:} and {@code :<name>}. */
	String executionArn(String workflow, String executionId) {
		return stateMachineArn(workflow).replace(":stateMachine:", ":execution:") + ":" + executionId;
	}

}
