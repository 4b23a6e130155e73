package dev.stratus.platform.jobs;

/** How redriving a dead letter ended. */
public enum Redrive {

	/** Sent through the pipeline again, with its attempts counted afresh; the dead letter is gone. */
	SENT,
	/** The dead message named no work item (it was unreadable): nothing to send, discard it. */
	NAMES_NOTHING,
	/** The queue refused the message; the dead letter stays, try again. */
	REFUSED

}
