package dev.stratus.platform.errors;

/** Something the request needs does not answer or keeps failing for now; a retry may succeed. */
public final class Unavailable extends DomainException {

	/** @param message what is unavailable, and that a retry may help */
	public Unavailable(String message) {
		super(message);
	}

}
