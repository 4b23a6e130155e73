package dev.stratus.platform.errors;

/** The thing asked for does not exist (or is not the caller's to see). */
public final class NotFound extends DomainException {

	/** @param what what was looked for, as the message names it: {@code "Product"} */
	public NotFound(String what) {
		super(what + " not found");
	}

}
