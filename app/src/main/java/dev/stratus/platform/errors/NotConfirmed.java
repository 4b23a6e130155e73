package dev.stratus.platform.errors;

/** The account exists, but its owner has not confirmed it yet. */
public final class NotConfirmed extends DomainException {

	public NotConfirmed(String message) {
		super(message);
	}

}
