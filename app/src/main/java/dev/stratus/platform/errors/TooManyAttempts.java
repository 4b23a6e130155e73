package dev.stratus.platform.errors;

import java.time.Duration;

/**
 * Refused while a limit lasts: sign-ins, codes. The message says what was limited, never whether
 * the account exists.
 */
public final class TooManyAttempts extends DomainException {

	private final int limit;

	private final Duration retryAfter;

	/**
	 * @param what what was limited: {@code "Too many failed sign-ins"}
	 * @param limit how many attempts the limit allows
	 * @param retryAfter how long until the next attempt may be made
	 */
	public TooManyAttempts(String what, int limit, Duration retryAfter) {
		super(what);
		this.limit = limit;
		this.retryAfter = retryAfter;
	}

	public int limit() {
		return limit;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
