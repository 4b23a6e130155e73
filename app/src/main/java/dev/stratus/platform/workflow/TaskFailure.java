package dev.stratus.platform.workflow;

/**
 * A task's failure under an error name, as a Lambda function fails with an error type: a
 * {@code Retry} or {@code Catch} whose {@code ErrorEquals} lists the name (or a wildcard) handles it.
 * Cheap to throw: no stack trace, since it is an answer, not a bug.
 */
public class TaskFailure extends RuntimeException {

	private final String error;

	private final String cause;

	/**
	 * @param error the error name, as in {@code INVALID_ID}; names starting {@code States.} are the
	 * language's own and are refused
	 * @param cause a human-readable explanation
	 */
	public TaskFailure(String error, String cause) {
		super(error + ": " + cause, null, false, false);
		if (error.isBlank() || error.startsWith("States.")) {
			throw new IllegalArgumentException("A task's error name is its own, not blank or States.*: " + error);
		}
		this.error = error;
		this.cause = cause;
	}

	public String error() {
		return error;
	}

	public String cause() {
		return cause;
	}

}
