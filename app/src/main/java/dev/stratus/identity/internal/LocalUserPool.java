package dev.stratus.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.identity.Registration;
import dev.stratus.identity.Session;
import dev.stratus.identity.SignInClient;
import dev.stratus.identity.SignInSession;
import dev.stratus.identity.UserChange;
import dev.stratus.identity.UserPool;
import dev.stratus.identity.UserProfile;
import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.Duplicate;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotConfirmed;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.WrongCredentials;
import dev.stratus.platform.mail.Mail;
import dev.stratus.platform.mail.Mailer;
import dev.stratus.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The user pool of local mode: users in DynamoDB, bcrypt (cost 12) passwords, codes by email, and
 * tokens signed with the app's own keys, shaped like Cognito's so the rest of the app cannot tell.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class LocalUserPool implements UserPool {

	private static final Logger log = LoggerFactory.getLogger(LocalUserPool.class);

	/** bcrypt reads at most 72 bytes; longer passwords would silently share a hash. */
	static final int MAX_PASSWORD_BYTES = 72;

	private static final String PAGE_SCOPE = "identity-users";

	private final PasswordEncoder passwords;

	/** Compared against when the email is unknown, so both answers take a bcrypt's time. */
	private final String decoyHash;

	private final Users users;

	private final Codes codes;

	private final Sessions sessions;

	private final TokenIssuer tokens;

	private final SigningKeys keys;

	private final Mailer mailer;

	private final QueryPages pages;

	private final Clock clock;

	@Autowired
	LocalUserPool(Users users, Codes codes, Sessions sessions, TokenIssuer tokens, SigningKeys keys, Mailer mailer,
			QueryPages pages, Clock clock) {
		this(users, codes, sessions, tokens, keys, mailer, pages, clock, new BCryptPasswordEncoder(12));
	}

	LocalUserPool(Users users, Codes codes, Sessions sessions, TokenIssuer tokens, SigningKeys keys, Mailer mailer,
			QueryPages pages, Clock clock, PasswordEncoder passwords) {
		this.passwords = passwords;
		this.decoyHash = passwords.encode(UUID.randomUUID().toString());
		this.users = users;
		this.codes = codes;
		this.sessions = sessions;
		this.tokens = tokens;
		this.keys = keys;
		this.mailer = mailer;
		this.pages = pages;
		this.clock = clock;
	}

	@Override
	public UserProfile register(Registration registration) {
		UserRecord user = newUser(registration.email(), registration.password(), registration.name(), Role.USER,
				false);
		String code = codes.newCode();
		if (!users.create(user, codes.put(user.id(), Codes.Purpose.CONFIRM, code))) {
			throw new Duplicate("An account with this email already exists");
		}
		log.info("User registered userId={}", user.id());
		mail(user, "Your Stratus confirmation code",
				"Your Stratus confirmation code is " + code + ".\n\nIt expires in 24 hours.");
		return user.profile();
	}

	@Override
	public void confirm(String email, String code) {
		UserRecord user = users.byEmail(email);
		if (user == null
				|| !codes.redeem(user.id(), Codes.Purpose.CONFIRM, code, () -> users.confirmation(user.id()))) {
			throw wrongCode();
		}
		log.info("Email confirmed userId={}", user.id());
	}

	@Override
	public void resendCode(String email) {
		UserRecord user = users.byEmail(email);
		if (user == null || user.confirmed() || user.disabled()) {
			return;
		}
		String code = codes.newCode();
		codes.store(user.id(), Codes.Purpose.CONFIRM, code);
		mail(user, "Your Stratus confirmation code",
				"Your new Stratus confirmation code is " + code + ".\n\nIt expires in 24 hours.");
	}

	@Override
	public Session login(String email, String password, SignInClient client) {
		UserRecord user = users.byEmail(email);
		boolean matches = password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES
				&& passwords.matches(password, user != null ? user.passwordHash() : decoyHash);
		if (user == null || !matches) {
			throw new WrongCredentials("Email or password is wrong");
		}
		if (!user.confirmed()) {
			throw new NotConfirmed("Confirm your email with the code we sent first");
		}
		if (user.disabled()) {
			throw new Forbidden("This account is disabled");
		}
		Sessions.Started session = sessions.start(user.id(), client);
		log.info("Signed in userId={} sessionId={}", user.id(), session.sessionId());
		return session(user, session);
	}

	@Override
	public Session refresh(String refreshToken) {
		Sessions.Rotated rotated = sessions.rotate(refreshToken);
		return session(rotated.user(), rotated.session());
	}

	@Override
	public void logout(String userId, String refreshToken) {
		sessions.endByToken(userId, refreshToken);
	}

	@Override
	public List<SignInSession> sessions(String userId) {
		return sessions.active(userId);
	}

	@Override
	public boolean endSession(String userId, String sessionId) {
		return sessions.endActive(userId, sessionId);
	}

	@Override
	public int endOtherSessions(String userId, String keptSessionId) {
		return sessions.endOthers(userId, keptSessionId);
	}

	@Override
	public void forgotPassword(String email) {
		UserRecord user = users.byEmail(email);
		if (user == null || user.disabled()) {
			return;
		}
		String code = codes.newCode();
		codes.store(user.id(), Codes.Purpose.RESET, code);
		mail(user, "Reset your Stratus password",
				"Your Stratus password reset code is " + code + ".\n\nIt expires in 1 hour. "
						+ "If you did not ask for it, ignore this email: your password stays as it is.");
	}

	@Override
	public void voidCodes(String email) {
		UserRecord user = users.byEmail(email);
		if (user != null) {
			codes.voidAll(user.id());
			log.info("Too many wrong codes; every code voided userId={}", user.id());
		}
	}

	@Override
	public void resetPassword(String email, String code, String newPassword) {
		checkLength(newPassword, "newPassword");
		UserRecord user = users.byEmail(email);
		if (user == null) {
			throw wrongCode();
		}
		if (!codes.redeem(user.id(), Codes.Purpose.RESET, code,
				() -> users.passwordReset(user.id(), passwords.encode(newPassword), clock.millis()))) {
			throw wrongCode();
		}
		sessions.forget(user.id());
		log.info("Password reset; every session ended userId={}", user.id());
	}

	@Override
	public UserProfile profile(String userId) {
		UserRecord user = users.byId(userId);
		if (user == null) {
			throw new NotFound("User");
		}
		return user.profile();
	}

	@Override
	public Optional<String> userIdOf(String email) {
		return Optional.ofNullable(users.byEmail(email)).map(UserRecord::id);
	}

	@Override
	public Page<UserProfile> users(int limit, @Nullable String nextToken) {
		return pages.read(users.newestFirst(), PAGE_SCOPE, limit, nextToken, item -> UserRecord.from(item).profile());
	}

	@Override
	public UserProfile update(String userId, UserChange change) {
		UserRecord user;
		try {
			user = users.update(userId, change);
		}
		catch (Users.LastAdminException ex) {
			throw new Conflict(ex.getMessage());
		}
		if (user == null) {
			throw new NotFound("User");
		}
		sessions.forget(userId);
		log.info("User changed by an admin userId={} role={} disabled={}", userId, user.role(), user.disabled());
		return user.profile();
	}

	@Override
	public List<String> emailsOf(Role role) {
		return users.emailsOf(role);
	}

	@Override
	public boolean ensureAdmin(String email, String password, String name) {
		if (users.byEmail(email) != null) {
			return false;
		}
		boolean created = users.create(newUser(email, password, name, Role.ADMIN, true), null);
		if (created) {
			log.info("First admin created");
		}
		return created;
	}

	@Override
	public Map<String, Object> publicKeys() {
		return keys.publicKeys().toJSONObject(true);
	}

	private UserRecord newUser(String email, String password, String name, Role role, boolean confirmed) {
		checkLength(password, "password");
		// Millisecond precision: the contract's timestamps carry no more.
		return new UserRecord(UUID.randomUUID().toString(), email, name, passwords.encode(password), role, confirmed,
				false, clock.instant().truncatedTo(ChronoUnit.MILLIS), 0);
	}

	private Session session(UserRecord user, Sessions.Started session) {
		TokenIssuer.Tokens issued = tokens.issue(user, session.sessionId(), session.startedAt());
		return new Session(issued.idToken(), issued.accessToken(), session.refreshToken(),
				TokenIssuer.LIFETIME.toSeconds(), user.profile());
	}

	/** Codes go out right away; a failed send is logged and the user can ask for a new code. */
	private void mail(UserRecord user, String subject, String body) {
		try {
			mailer.send(new Mail(user.email(), subject, body));
		}
		catch (Mailer.MailFailedException ex) {
			log.warn("Could not send '{}' userId={}: {}", subject, user.id(), ex.getMessage());
		}
	}

	private static void checkLength(String password, String field) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new InvalidInput(field, "must be at most " + MAX_PASSWORD_BYTES + " bytes");
		}
	}

	private static InvalidInput wrongCode() {
		return new InvalidInput("code", "is wrong or has expired; ask for a new one");
	}

}
