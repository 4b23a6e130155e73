package dev.stratus.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.stratus.identity.internal.LoginThrottle;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.web.ApiException;
import dev.stratus.platform.web.ErrorCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The identity module's API: every account flow, whichever {@link UserPool} is behind it. It owns
 * what both pools share: emails compared case-insensitively, the login lockout, and the rule that
 * an admin cannot lock themselves out.
 */
@Service
public class Accounts {

	private final UserPool pool;

	private final LoginThrottle throttle;

	Accounts(UserPool pool, LoginThrottle throttle) {
		this.pool = pool;
		this.throttle = throttle;
	}

	public UserProfile register(Registration registration) {
		return pool.register(new Registration(normalize(registration.email()), registration.password(),
				registration.name().strip()));
	}

	public void confirm(String email, String code) {
		pool.confirm(normalize(email), code.strip());
	}

	public void resendCode(String email) {
		pool.resendCode(normalize(email));
	}

	/**
	 * @param client who is asking (the remote address); five failures in 15 minutes lock the email
	 * and the client alike
	 * @throws LoginLockedException while either is locked, whether or not the password is right
	 */
	public Session login(String email, String password, String client) {
		String normalized = normalize(email);
		Duration wait = throttle.lockedFor(normalized, client);
		if (!wait.isZero()) {
			throw new LoginLockedException(wait);
		}
		try {
			Session session = pool.login(normalized, password);
			throttle.clear(normalized);
			return session;
		}
		catch (ApiException ex) {
			if (ex.code() == ErrorCode.INVALID_CREDENTIALS) {
				throttle.recordFailure(normalized, client);
			}
			throw ex;
		}
	}

	public Session refresh(String refreshToken) {
		return pool.refresh(refreshToken);
	}

	public void logout(String userId, String refreshToken) {
		pool.logout(userId, refreshToken);
	}

	public void forgotPassword(String email) {
		pool.forgotPassword(normalize(email));
	}

	public void resetPassword(String email, String code, String newPassword) {
		pool.resetPassword(normalize(email), code.strip(), newPassword);
	}

	public UserProfile profile(String userId) {
		return pool.profile(userId);
	}

	public UserPage users(int limit, @Nullable String nextToken) {
		return pool.users(limit, nextToken);
	}

	/**
	 * @param actorId the admin making the change; they may not demote or disable themselves, so the
	 * pool always keeps the admin who could undo a mistake
	 */
	public UserProfile update(String actorId, String userId, UserChange change) {
		if (change.isEmpty()) {
			throw ApiException.invalid("role", "give a role or disabled (or both)");
		}
		boolean demotes = change.role() != null && change.role() != Role.ADMIN;
		if (actorId.equals(userId) && (demotes || Boolean.TRUE.equals(change.disabled()))) {
			throw ApiException.conflict("Admins cannot demote or disable themselves; ask another admin");
		}
		return pool.update(userId, change);
	}

	/** Where admin alerts go (dead letters, low stock). */
	public List<String> adminEmails() {
		return pool.emailsOf(Role.ADMIN);
	}

	public Map<String, Object> publicKeys() {
		return pool.publicKeys();
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** Sign-in refused while the lockout lasts; answered as 429 with {@code Retry-After}. */
	public static class LoginLockedException extends RuntimeException {

		private final Duration retryAfter;

		LoginLockedException(Duration retryAfter) {
			super("Too many failed sign-ins; try again later", null, false, false);
			this.retryAfter = retryAfter;
		}

		public Duration retryAfter() {
			return retryAfter;
		}

	}

}
