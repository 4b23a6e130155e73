package dev.stratus.platform.errors;

/** A credential (a refresh token, say) is not valid, so the caller must sign in again. */
public final class Unauthenticated extends DomainException {

	public Unauthenticated(String message) {
		super(message);
	}

}
