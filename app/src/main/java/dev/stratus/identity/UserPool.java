package dev.stratus.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The port both user pools implement: the local one (DynamoDB, own keys) and Cognito. Emails
 * arrive normalised (trimmed, lower case) and passwords already checked against the policy.
 * Failures are {@link dev.stratus.platform.errors.DomainException}s: {@code WrongCredentials},
 * {@code NotConfirmed}, {@code Duplicate}, {@code InvalidInput} for a wrong code, and so on.
 */
public interface UserPool {

	/** Creates an unconfirmed {@code user} and emails a confirmation code. */
	UserProfile register(Registration registration);

	void confirm(String email, String code);

	/** Does nothing, silently, for unknown or already confirmed emails. */
	void resendCode(String email);

	/** Starts a session that records {@code client} for the sessions list. */
	Session login(String email, String password, SignInClient client);

	Session refresh(String refreshToken);

	/** Ends the session the refresh token belongs to, when it is the caller's. */
	void logout(String userId, String refreshToken);

	/** The user's sessions that have not ended, newest first. */
	List<SignInSession> sessions(String userId);

	/**
	 * Ends one of the user's sessions, as logout would.
	 * @return false when the user has no such active session
	 */
	boolean endSession(String userId, String sessionId);

	/**
	 * Ends every active session of the user except {@code keptSessionId}.
	 * @return how many were ended
	 */
	int endOtherSessions(String userId, String keptSessionId);

	/** Does nothing, silently, for unknown emails. */
	void forgotPassword(String email);

	/**
	 * Makes every code the account was sent unusable (too many wrong ones were tried). Cognito
	 * keeps its codes to itself; there the account's own limits do this.
	 */
	void voidCodes(String email);

	/** Sets the password and ends every session of the user. */
	void resetPassword(String email, String code, String newPassword);

	UserProfile profile(String userId);

	/** The id of the account with this (normalized) email; empty when there is none. */
	Optional<String> userIdOf(String email);

	Page<UserProfile> users(int limit, @Nullable String nextToken);

	UserProfile update(String userId, UserChange change);

	List<String> emailsOf(Role role);

	/**
	 * Creates a confirmed admin unless the email is taken.
	 * @return whether it was created
	 */
	boolean ensureAdmin(String email, String password, String name);

	/** The JWK set (public keys only) tokens are verified with. */
	Map<String, Object> publicKeys();

}
