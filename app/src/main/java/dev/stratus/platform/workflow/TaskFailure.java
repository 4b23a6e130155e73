package dev.stratus.platform.workflow;

/** STUB. */
public class TaskFailure extends RuntimeException {

	private final String error;

	public TaskFailure(String error, String cause) {
		super(cause);
		this.error = error;
	}

	public String error() {
		return error;
	}

	public String cause() {
		return getMessage();
	}

}
