package dev.stratus.platform.workflow;

/** STUB. */
public class InvalidWorkflow extends RuntimeException {

	public InvalidWorkflow(String message) {
		super(message);
	}

}
