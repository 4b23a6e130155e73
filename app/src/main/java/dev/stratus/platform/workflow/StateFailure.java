package dev.stratus.platform.workflow;

/**
 * A state failed with an error the States Language names: a task's own, or one of the
 * {@code States.*} errors. {@code States.Runtime} is terminal: no Retry or Catch handles it.
 */
final class StateFailure extends RuntimeException {

	static final String ALL = "States.ALL";

	static final String TASK_FAILED = "States.TaskFailed";

	static final String TIMEOUT = "States.Timeout";

	static final String RUNTIME = "States.Runtime";

	static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";

	static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";

	private final String error;

	private final String reason;

	StateFailure(String error, String cause) {
		super(error + ": " + cause, null, false, false);
		this.error = error;
		this.reason = cause;
	}

	static StateFailure runtime(String cause) {
		return new StateFailure(RUNTIME, cause);
	}

	String error() {
		return error;
	}

	String reason() {
		return reason;
	}

	boolean terminal() {
		return RUNTIME.equals(error);
	}

	ExecutionError asError() {
		return new ExecutionError(error, reason);
	}

	/**
	 * Whether a Retry or Catch listing {@code errorEquals} handles this failure: by name, or by
	 * {@code States.ALL}, or by {@code States.TaskFailed}, which matches all but {@code States.Timeout}.
	 */
	boolean matches(java.util.List<String> errorEquals) {
		if (terminal()) {
			return false;
		}
		return errorEquals.stream()
			.anyMatch(name -> name.equals(error) || ALL.equals(name)
					|| TASK_FAILED.equals(name) && !TIMEOUT.equals(error));
	}

}
