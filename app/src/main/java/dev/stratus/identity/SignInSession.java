package dev.stratus.identity;

import java.time.Instant;

/**
 * One active sign-in of a user: it starts at login, lives on through refreshes and ends at logout,
 * at a password reset, when it is signed out from the sessions list, or after its lifetime.
 *
 * @param id the session id, also carried by every token of the session in {@link #TOKEN_CLAIM}
 * @param lastUsedAt the last refresh, or a request: requests are noted at most once a minute, so it
 * may lag by that much
 */
public record SignInSession(String id, String userAgent, String ipAddress, Instant createdAt, Instant lastUsedAt) {

	/**
	 * The token claim naming the session: Cognito's {@code origin_jti}, which the local pool's
	 * tokens carry as well.
	 */
	public static final String TOKEN_CLAIM = "origin_jti";

}
