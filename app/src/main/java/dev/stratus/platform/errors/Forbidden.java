package dev.stratus.platform.errors;

/** The caller is known but may not do this: another user's order, a disabled account. */
public final class Forbidden extends DomainException {

	public Forbidden(String message) {
		super(message);
	}

}
