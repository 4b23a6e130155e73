package dev.stratus.platform.errors;

/** A sign-in with a wrong email or password; the message never says which. */
public final class WrongCredentials extends DomainException {

	public WrongCredentials(String message) {
		super(message);
	}

}
