package dev.stratus.platform.errors;

/**
 * A request the domain refuses, for a reason the caller can act on. The family is closed: the
 * platform answers each kind with its contract code, and a module adds no kinds of its own. Cheap to
 * throw: no stack trace, since these are answers, not bugs.
 */
public abstract sealed class DomainException extends RuntimeException permits NotFound, Forbidden, Conflict,
		Duplicate, InsufficientStock, InvalidInput, TooManyAttempts, Unavailable, Unauthenticated, WrongCredentials,
		NotConfirmed {

	DomainException(String message) {
		super(message, null, false, false);
	}

}
