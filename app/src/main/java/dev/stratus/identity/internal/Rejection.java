package dev.stratus.identity.internal;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;

/**
 * Why the account check refuses a token. The reasons are for logs and tests only: every one is
 * answered with the same 401 message, so a token tells its bearer nothing about the account.
 */
enum Rejection {

	NONE, ACCOUNT_GONE, ACCOUNT_DISABLED, SESSION_ENDED, ROLE_CHANGED;

	/** The one message a refused token gets, whatever the reason. */
	static final String MESSAGE = "the token is no longer valid; refresh it or sign in again";

	OAuth2TokenValidatorResult asResult() {
		return this == NONE ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", MESSAGE, null));
	}

}
