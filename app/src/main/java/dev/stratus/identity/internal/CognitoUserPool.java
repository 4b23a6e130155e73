package dev.stratus.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.stratus.identity.Registration;
import dev.stratus.identity.Session;
import dev.stratus.identity.SignInClient;
import dev.stratus.identity.SignInSession;
import dev.stratus.identity.UserChange;
import dev.stratus.identity.UserPool;
import dev.stratus.identity.UserProfile;
import dev.stratus.identity.internal.CognitoConfiguration.CognitoPool;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.Duplicate;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotConfirmed;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.Unauthenticated;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.platform.errors.WrongCredentials;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.web.PageTokens;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyFailedAttemptsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * AWS mode's user pool: every flow is a Cognito call (the app client signs in with
 * {@code USER_PASSWORD_AUTH}, has refresh-token rotation on and no client secret), roles are the
 * pool's groups, and the email is the username. Cognito's own errors become the contract's codes.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class CognitoUserPool implements UserPool {

	private static final Logger log = LoggerFactory.getLogger(CognitoUserPool.class);

	/** ListUsers returns at most this many per call. */
	static final int MAX_PAGE = 60;

	private static final String PAGE_SCOPE = "identity-users-cognito";

	private final CognitoIdentityProviderClient cognito;

	private final CognitoPool pool;

	private final PageTokens pages;

	private final CognitoSessions sessions;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final AdminChangeLock adminChanges;

	private final Clock clock;

	CognitoUserPool(CognitoIdentityProviderClient cognito, CognitoPool pool, PageTokens pages,
			CognitoSessions sessions, AdminChangeLock adminChanges, Clock clock) {
		this.cognito = cognito;
		this.pool = pool;
		this.pages = pages;
		this.sessions = sessions;
		this.adminChanges = adminChanges;
		this.clock = clock;
	}

	@Override
	public UserProfile register(Registration registration) {
		String userId;
		try {
			userId = cognito
				.signUp(b -> b.clientId(pool.clientId())
					.username(registration.email())
					.password(registration.password())
					.userAttributes(attribute("email", registration.email()), attribute("name", registration.name())))
				.userSub();
		}
		catch (UsernameExistsException ex) {
			throw new Duplicate("An account with this email already exists");
		}
		catch (InvalidPasswordException ex) {
			throw new InvalidInput("password", ex.awsErrorDetails().errorMessage());
		}
		cognito.adminAddUserToGroup(b -> b.userPoolId(pool.poolId()).username(userId).groupName(Role.USER.group()));
		log.info("User registered userId={}", userId);
		return new UserProfile(userId, registration.email(), registration.name(), Role.USER, false, false,
				clock.instant());
	}

	@Override
	public void confirm(String email, String code) {
		try {
			cognito.confirmSignUp(b -> b.clientId(pool.clientId()).username(email).confirmationCode(code));
		}
		catch (CodeMismatchException | ExpiredCodeException | UserNotFoundException | NotAuthorizedException
				| TooManyFailedAttemptsException ex) {
			throw wrongCode();
		}
	}

	@Override
	public void resendCode(String email) {
		try {
			cognito.resendConfirmationCode(b -> b.clientId(pool.clientId()).username(email));
		}
		catch (UserNotFoundException | InvalidParameterException unknownOrConfirmed) {
			// Same answer either way: whether the email exists is not ours to tell.
		}
	}

	@Override
	public Session login(String email, String password, SignInClient client) {
		AuthenticationResultType result;
		try {
			result = cognito
				.initiateAuth(b -> b.clientId(pool.clientId())
					.authFlow(AuthFlowType.USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", email, "PASSWORD", password)))
				.authenticationResult();
		}
		catch (NotAuthorizedException | UserNotFoundException ex) {
			throw new WrongCredentials("Email or password is wrong");
		}
		catch (UserNotConfirmedException ex) {
			throw new NotConfirmed("Confirm your email with the code we sent first");
		}
		sessions.started(result.refreshToken(), result.idToken(), client);
		return session(result, result.refreshToken());
	}

	@Override
	public Session refresh(String refreshToken) {
		sessions.checkRefreshable(refreshToken);
		AuthenticationResultType result;
		try {
			result = cognito
				.getTokensFromRefreshToken(b -> b.clientId(pool.clientId()).refreshToken(refreshToken))
				.authenticationResult();
		}
		catch (NotAuthorizedException ex) {
			throw new Unauthenticated("Refresh token is not valid; sign in again");
		}
		// Without rotation on the app client Cognito returns no new refresh token: the old one stays good.
		String next = result.refreshToken() != null ? result.refreshToken() : refreshToken;
		sessions.refreshed(refreshToken, next, result.idToken());
		return session(result, next);
	}

	/** Cognito would revoke anyone's refresh token: only one known to be the caller's is sent to it. */
	@Override
	public void logout(String userId, String refreshToken) {
		sessions.end(userId, refreshToken, () -> {
			try {
				cognito.revokeToken(b -> b.clientId(pool.clientId()).token(refreshToken));
			}
			catch (UnsupportedTokenTypeException | NotAuthorizedException alreadyRevoked) {
				// Its session ends here all the same.
			}
		});
	}

	@Override
	public List<SignInSession> sessions(String userId) {
		return sessions.active(userId);
	}

	/**
	 * Cognito can revoke a session only by its refresh token, which the app never keeps: the
	 * session ends in the identity table, which the account check and {@link #refresh} consult.
	 */
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
		try {
			cognito.forgotPassword(b -> b.clientId(pool.clientId()).username(email));
		}
		catch (UserNotFoundException | InvalidParameterException | NotAuthorizedException unknownOrDisabled) {
			// Same answer either way.
		}
	}

	@Override
	public void voidCodes(String email) {
		// Cognito's codes cannot be voided from outside; Accounts refuses them until the hour is over.
	}

	@Override
	public void resetPassword(String email, String code, String newPassword) {
		try {
			cognito.confirmForgotPassword(
					b -> b.clientId(pool.clientId()).username(email).confirmationCode(code).password(newPassword));
		}
		catch (CodeMismatchException | ExpiredCodeException | UserNotFoundException
				| TooManyFailedAttemptsException ex) {
			throw wrongCode();
		}
		catch (InvalidPasswordException ex) {
			throw new InvalidInput("newPassword", ex.awsErrorDetails().errorMessage());
		}
		cognito.adminUserGlobalSignOut(b -> b.userPoolId(pool.poolId()).username(email));
		String userId = sessions.userIdOf(email);
		if (userId != null) {
			sessions.endAll(userId);
		}
	}

	@Override
	public UserProfile profile(String userId) {
		try {
			var user = cognito.adminGetUser(b -> b.userPoolId(pool.poolId()).username(userId));
			return profile(attributes(user.userAttributes()), user.enabled(), user.userCreateDate(),
					roleOf(user.username()));
		}
		catch (UserNotFoundException ex) {
			throw new NotFound("User");
		}
	}

	@Override
	public Page<UserProfile> users(int limit, @Nullable String nextToken) {
		String from = nextToken == null ? null : pages.read(nextToken, PAGE_SCOPE).get("token").s();
		var page = cognito
			.listUsers(b -> b.userPoolId(pool.poolId()).limit(Math.min(limit, MAX_PAGE)).paginationToken(from));
		List<UserProfile> users = page.users().stream().map(this::profile).toList();
		String next = page.paginationToken() == null ? null
				: pages.issue(Map.of("token", AttributeValue.fromS(page.paginationToken())), PAGE_SCOPE);
		return new Page<>(users, next);
	}

	/** A change that takes an admin away runs alone and only while another enabled admin remains. */
	@Override
	public UserProfile update(String userId, UserChange change) {
		UserProfile current = profile(userId);
		boolean activeAdmin = current.role() == Role.ADMIN && !current.disabled();
		boolean leaves = (change.role() != null && change.role() != Role.ADMIN)
				|| Boolean.TRUE.equals(change.disabled());
		if (!activeAdmin || !leaves) {
			return apply(userId, change);
		}
		return adminChanges.exclusively(() -> {
			UserProfile before = profile(userId);
			if (before.role() == Role.ADMIN && !before.disabled() && emailsOf(Role.ADMIN).size() <= 1) {
				throw new Conflict("The last active admin cannot be demoted or disabled");
			}
			return apply(userId, change);
		});
	}

	private UserProfile apply(String userId, UserChange change) {
		UserProfile before = profile(userId);
		if (change.role() != null && change.role() != before.role()) {
			for (Role role : Role.values()) {
				if (role != change.role()) {
					cognito.adminRemoveUserFromGroup(
							b -> b.userPoolId(pool.poolId()).username(userId).groupName(role.group()));
				}
			}
			cognito.adminAddUserToGroup(
					b -> b.userPoolId(pool.poolId()).username(userId).groupName(change.role().group()));
		}
		if (Boolean.TRUE.equals(change.disabled())) {
			cognito.adminDisableUser(b -> b.userPoolId(pool.poolId()).username(userId));
			cognito.adminUserGlobalSignOut(b -> b.userPoolId(pool.poolId()).username(userId));
			// Enabled again later, the account must not bring back the sessions it had.
			sessions.endAll(userId);
		}
		else if (Boolean.FALSE.equals(change.disabled())) {
			cognito.adminEnableUser(b -> b.userPoolId(pool.poolId()).username(userId));
		}
		sessions.forget(userId);
		log.info("User changed by an admin userId={} role={} disabled={}", userId, change.role(), change.disabled());
		return profile(userId);
	}

	@Override
	public Optional<String> userIdOf(String email) {
		String quoted = email.replace("\\", "\\\\").replace("\"", "\\\"");
		return cognito.listUsers(b -> b.userPoolId(pool.poolId()).filter("email = \"" + quoted + "\"").limit(1))
			.users()
			.stream()
			.map(user -> attributes(user.attributes()).get("sub"))
			.findFirst();
	}

	@Override
	public List<String> emailsOf(Role role) {
		return cognito.listUsersInGroupPaginator(b -> b.userPoolId(pool.poolId()).groupName(role.group()))
			.users()
			.stream()
			.filter(UserType::enabled)
			.map(user -> attributes(user.attributes()).get("email"))
			.toList();
	}

	@Override
	public boolean ensureAdmin(String email, String password, String name) {
		try {
			cognito.adminCreateUser(b -> b.userPoolId(pool.poolId())
				.username(email)
				.messageAction(MessageActionType.SUPPRESS)
				.userAttributes(attribute("email", email), attribute("email_verified", "true"),
						attribute("name", name)));
		}
		catch (UsernameExistsException alreadyThere) {
			return false;
		}
		cognito.adminSetUserPassword(
				b -> b.userPoolId(pool.poolId()).username(email).password(password).permanent(true));
		cognito.adminAddUserToGroup(b -> b.userPoolId(pool.poolId()).username(email).groupName(Role.ADMIN.group()));
		log.info("First admin created in the Cognito pool");
		return true;
	}

	@Override
	public Map<String, Object> publicKeys() {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(pool.jwksUri())).timeout(Duration.ofSeconds(5)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return JWKSet.parse(response.body()).toJSONObject(true);
		}
		catch (IOException | ParseException ex) {
			throw new Unavailable("The user pool's keys cannot be read right now");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Unavailable("The user pool's keys cannot be read right now");
		}
	}

	private Session session(AuthenticationResultType result, String refreshToken) {
		String userId;
		try {
			userId = SignedJWT.parse(result.idToken()).getJWTClaimsSet().getSubject();
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Cognito returned an ID token that is not a JWT", ex);
		}
		return new Session(result.idToken(), result.accessToken(), refreshToken, result.expiresIn(), profile(userId));
	}

	private UserProfile profile(UserType user) {
		return profile(attributes(user.attributes()), user.enabled(), user.userCreateDate(), roleOf(user.username()));
	}

	private static UserProfile profile(Map<String, String> attributes, @Nullable Boolean enabled, Instant createdAt,
			Role role) {
		return new UserProfile(attributes.get("sub"), attributes.get("email"), attributes.getOrDefault("name", ""),
				role, "true".equals(attributes.get("email_verified")), Boolean.FALSE.equals(enabled), createdAt);
	}

	/** The most powerful of the user's groups; a user in none is a guest. */
	private Role roleOf(String username) {
		Set<String> groups = cognito.adminListGroupsForUser(b -> b.userPoolId(pool.poolId()).username(username))
			.groups()
			.stream()
			.map(GroupType::groupName)
			.collect(Collectors.toSet());
		return Groups.strongest(groups);
	}

	private static Map<String, String> attributes(List<AttributeType> attributes) {
		return attributes.stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value, (a, b) -> a));
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

	private static InvalidInput wrongCode() {
		return new InvalidInput("code", "is wrong or has expired; ask for a new one");
	}

}
