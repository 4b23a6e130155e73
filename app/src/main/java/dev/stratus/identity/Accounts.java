package dev.stratus.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.stratus.identity.internal.CodeThrottle;
import dev.stratus.identity.internal.LoginThrottle;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.TooManyAttempts;
import dev.stratus.platform.errors.WrongCredentials;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.security.SecurityAlerts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The identity module's API: every account flow, whichever {@link UserPool} is behind it. It owns
 * what both pools share: emails compared case-insensitively, the sign-in throttle
 * ({@link LoginThrottle}), the caps on emailed codes ({@link CodeThrottle}), and the rule that an
 * admin cannot lock themselves out.
 */
@Service
public class Accounts {

	private final UserPool pool;

	private final LoginThrottle throttle;

	private final CodeThrottle codeGuesses;

	private final SecurityAlerts alerts;

	Accounts(UserPool pool, LoginThrottle throttle, CodeThrottle codeGuesses, SecurityAlerts alerts) {
		this.pool = pool;
		this.throttle = throttle;
		this.codeGuesses = codeGuesses;
		this.alerts = alerts;
	}

	public UserProfile register(Registration registration) {
		return pool.register(new Registration(normalize(registration.email()), registration.password(),
				registration.name().strip()));
	}

	/**
	 * @throws TooManyAttempts after {@link CodeThrottle}'s wrong codes in its hour, even
	 * for the right code
	 */
	public void confirm(String email, String code) {
		String normalized = normalize(email);
		withCodeGuessesCapped(normalized, () -> pool.confirm(normalized, code.strip()));
	}

	/** @throws TooManyAttempts after {@link CodeThrottle}'s codes sent in its hour */
	public void resendCode(String email) {
		String normalized = normalize(email);
		capCodesSent(normalized);
		pool.resendCode(normalized);
	}

	/**
	 * @param client who is asking; five failures in 15 minutes from its address lock that address,
	 * and make the email wait (see {@link LoginThrottle}); the session records it
	 * @throws TooManyAttempts while either is locked, whether or not the password is right
	 */
	public Session login(String email, String password, SignInClient client) {
		String normalized = normalize(email);
		Duration wait = throttle.lockedFor(normalized, client.ipAddress());
		if (!wait.isZero()) {
			throw new TooManyAttempts("Too many failed sign-ins", LoginThrottle.MAX_FAILURES, wait);
		}
		try {
			Session session = pool.login(normalized, password, client);
			throttle.clear(normalized);
			return session;
		}
		catch (WrongCredentials ex) {
			if (throttle.recordFailure(normalized, client.ipAddress()) == LoginThrottle.MAX_FAILURES) {
				alert(normalized, LoginThrottle.MAX_FAILURES + " failed sign-ins to your account within 15 minutes; "
						+ "further attempts are slowed down");
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

	/** The user's active sessions, newest first. */
	public List<SignInSession> sessions(String userId) {
		return pool.sessions(userId);
	}

	/**
	 * Signs one of the user's sessions out: its refresh token stops working at once, its ID tokens
	 * within the same window as after a logout.
	 * @throws NotFound when the user has no such active session (another user's included)
	 */
	public void endSession(String userId, String sessionId) {
		if (!pool.endSession(userId, sessionId)) {
			throw new NotFound("Session");
		}
	}

	/**
	 * Signs out every session of the user but the one they are using.
	 * @return how many were signed out
	 */
	public int endOtherSessions(String userId, String currentSessionId) {
		return pool.endOtherSessions(userId, currentSessionId);
	}

	/** @throws TooManyAttempts after {@link CodeThrottle}'s codes sent in its hour */
	public void forgotPassword(String email) {
		String normalized = normalize(email);
		capCodesSent(normalized);
		pool.forgotPassword(normalized);
	}

	/**
	 * @throws TooManyAttempts after {@link CodeThrottle}'s wrong codes in its hour, even
	 * for the right code
	 */
	public void resetPassword(String email, String code, String newPassword) {
		String normalized = normalize(email);
		withCodeGuessesCapped(normalized, () -> pool.resetPassword(normalized, code.strip(), newPassword));
		alert(normalized, "Your password was reset, and every session signed out");
	}

	private void alert(String email, String summary) {
		pool.userIdOf(email).ifPresent(userId -> alerts.raise(userId, email, summary));
	}

	/** Counts a wrong code against the account, across every code it was sent, and voids them at the cap. */
	private void withCodeGuessesCapped(String email, Runnable redeem) {
		Duration wait = codeGuesses.refusedFor(email);
		if (!wait.isZero()) {
			throw new TooManyAttempts("Too many wrong codes", CodeThrottle.MAX_WRONG, wait);
		}
		try {
			redeem.run();
		}
		catch (InvalidInput ex) {
			if (codeGuesses.recordWrong(email)) {
				pool.voidCodes(email);
			}
			throw ex;
		}
	}

	/** Unknown emails are counted like known ones: the answer never tells them apart. */
	private void capCodesSent(String email) {
		Duration wait = codeGuesses.trySend(email);
		if (!wait.isZero()) {
			throw new TooManyAttempts("Too many codes sent", CodeThrottle.MAX_SENT, wait);
		}
	}

	public UserProfile profile(String userId) {
		return pool.profile(userId);
	}

	/** Newest first. */
	public Page<UserProfile> users(int limit, @Nullable String nextToken) {
		return pool.users(limit, nextToken);
	}

	/**
	 * @param actorId the admin making the change; they may not demote or disable themselves, so the
	 * pool always keeps the admin who could undo a mistake
	 */
	public UserProfile update(String actorId, String userId, UserChange change) {
		if (change.isEmpty()) {
			throw new InvalidInput("role", "give a role or disabled (or both)");
		}
		boolean demotes = change.role() != null && change.role() != Role.ADMIN;
		if (actorId.equals(userId) && (demotes || Boolean.TRUE.equals(change.disabled()))) {
			throw new Conflict("Admins cannot demote or disable themselves; ask another admin");
		}
		UserProfile changed = pool.update(userId, change);
		if (change.role() != null) {
			alerts.raise(changed.userId(), changed.email(), "An admin set your account's role to "
					+ change.role().name().toLowerCase(Locale.ROOT));
		}
		return changed;
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

}
