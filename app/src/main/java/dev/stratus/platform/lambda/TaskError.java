package dev.stratus.platform.lambda;

/**
 * A workflow task's failure as a Lambda function reports it. The Java runtime names a function's error by the
 * thrown exception's class ({@code errorType}), and Step Functions matches {@code Retry} and {@code Catch} on that
 * name, so each error name gets a class of exactly that name, made at run time ({@link TaskErrors}); this is
 * their base. Public so that those classes, defined in a loader of their own, can extend it.
 */
public class TaskError extends RuntimeException {

	/** @param message the task's explanation, Step Functions' {@code Cause} (inside the runtime's error JSON) */
	public TaskError(String message) {
		super(message, null, false, false);
	}

}
