package dev.stratus.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.stratus.identity.SignInClient;
import dev.stratus.identity.SignInSession;
import dev.stratus.identity.internal.CognitoConfiguration.CognitoPool;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.Unauthenticated;
import dev.stratus.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import static dev.stratus.platform.dynamo.Attributes.bool;
import static dev.stratus.platform.dynamo.Attributes.flag;
import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.num;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.str;

/**
 * AWS mode's account check behind every bearer token, as {@link Sessions} does it locally: a
 * Cognito ID token lives an hour and Cognito never looks at it again, so a disabled user, a
 * changed role, a signed-out session or a password reset would otherwise go unnoticed for that
 * hour. The user's state comes from Cognito; which sessions have ended, from the identity table:
 * {@code COGNITO#sub/SESSION#origin_jti} per session (written at sign-in for the sessions list,
 * see {@link SessionItems}, and marked revoked when it is signed out), {@code COGNITO#sub/SIGNED_OUT}
 * for "every session that started before" (password reset, disabled), and
 * {@code COGNITO_REFRESH#hash} to learn whose session a refresh token belongs to. Each session's
 * state is read at most once per {@link Sessions#RECHECK_AFTER}, except after {@link #forget}.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class CognitoSessions {

	private static final String SIGNED_OUT = "SIGNED_OUT";

	private static final String REFRESH_SK = "REFRESH";

	/** Cognito's refresh tokens last 30 days unless the app client says otherwise. */
	private static final long REFRESH_LIFETIME_MILLIS = TimeUnit.DAYS.toMillis(30);

	private final Items items;

	private final SessionItems sessionItems;

	private final CognitoIdentityProviderClient cognito;

	private final CognitoPool pool;

	private final Clock clock;

	private final Cache<SessionKey, State> recent;

	CognitoSessions(Items items, CognitoIdentityProviderClient cognito, CognitoPool pool, Clock clock) {
		this.items = items;
		this.sessionItems = new SessionItems(items, clock);
		this.cognito = cognito;
		this.pool = pool;
		this.clock = clock;
		this.recent = Caffeine.newBuilder()
			.expireAfterWrite(Sessions.RECHECK_AFTER)
			.maximumSize(100_000)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	/**
	 * Records a sign-in for the sessions list (Cognito's {@code origin_jti} is the session id,
	 * {@code auth_time} its start) and notes whose session its refresh token belongs to.
	 */
	void started(String refreshToken, String idToken, SignInClient client) {
		JWTClaimsSet claims = claims(idToken);
		String sessionId = (String) claims.getClaim(TokenIssuer.SESSION_CLAIM);
		if (sessionId == null) {
			return;
		}
		long startedAt = startedAt(claims);
		Map<String, AttributeValue> session = SessionItems.newItem(userPk(claims.getSubject()), sessionId, client,
				startedAt, startedAt + REFRESH_LIFETIME_MILLIS);
		items.dynamo().putItem(b -> b.tableName(items.table()).item(session));
		remember(refreshToken, claims.getSubject(), sessionId);
	}

	/**
	 * Refuses a refresh token whose session was signed out here: Cognito would still honour it,
	 * since the app never holds a refresh token it could revoke there (only its hash).
	 * @throws Unauthenticated when its session has ended
	 */
	void checkRefreshable(String refreshToken) {
		Map<String, AttributeValue> known = items.get(refreshPk(refreshToken), REFRESH_SK);
		if (known == null) {
			return;
		}
		String userId = str(known, "userId");
		Ended ended = ended(userId, str(known, "sessionId"));
		Map<String, AttributeValue> session = ended.session();
		if (ended.sessionEnded() || session != null && num(session, "startedAt") <= ended.signedOutAt()) {
			throw new Unauthenticated("Refresh token is not valid; sign in again");
		}
	}

	/**
	 * Notes a refresh: the session was used now, and {@code next} (the same token when the app
	 * client does not rotate) belongs to it. Should Cognito name the session anew on a refresh (a
	 * new {@code origin_jti}), the session moves to the new id, so the list keeps one entry for it
	 * and signing it out stops the new tokens; the old id's tokens are replaced by these.
	 */
	void refreshed(String presented, String next, String idToken) {
		JWTClaimsSet claims = claims(idToken);
		String sessionId = (String) claims.getClaim(TokenIssuer.SESSION_CLAIM);
		if (sessionId == null) {
			return;
		}
		String pk = userPk(claims.getSubject());
		Map<String, AttributeValue> known = items.get(refreshPk(presented), REFRESH_SK);
		String before = known == null ? null : str(known, "sessionId");
		Map<String, AttributeValue> old = before == null || before.equals(sessionId) ? null
				: items.get(pk, SessionItems.sk(before));
		if (old != null) {
			items.dynamo()
				.putItem(b -> b.tableName(items.table()).item(SessionItems.renamed(old, sessionId)));
			sessionItems.revoke(pk, before, 0);
			forget(claims.getSubject());
		}
		if (!next.equals(presented) || old != null) {
			remember(next, claims.getSubject(), sessionId);
		}
		sessionItems.touch(pk, sessionId);
	}

	private void remember(String refreshToken, String userId, String sessionId) {
		Map<String, AttributeValue> item = key(refreshPk(refreshToken), REFRESH_SK);
		item.put("userId", s(userId));
		item.put("sessionId", s(sessionId));
		item.put("expiresAt", n(clock.millis() + REFRESH_LIFETIME_MILLIS));
		items.dynamo().putItem(b -> b.tableName(items.table()).item(item));
	}

	/** The user's active sessions as recorded at sign-in, newest first. */
	List<SignInSession> active(String userId) {
		return sessionItems.active(userPk(userId), signedOutAt(userId));
	}

	/**
	 * Ends one of the user's recorded sessions: its ID tokens fail the account check and its
	 * refresh token {@link #checkRefreshable}; Cognito itself is not told (see there).
	 * @return false when the user has no such active session
	 */
	boolean endActive(String userId, String sessionId) {
		boolean ended = sessionItems.revoke(userPk(userId), sessionId, signedOutAt(userId));
		forget(userId);
		return ended;
	}

	/** Ends every recorded active session of the user but {@code keptSessionId}; returns how many. */
	int endOthers(String userId, String keptSessionId) {
		long signedOutAt = signedOutAt(userId);
		int ended = 0;
		for (SignInSession session : sessionItems.active(userPk(userId), signedOutAt)) {
			if (!session.id().equals(keptSessionId)
					&& sessionItems.revoke(userPk(userId), session.id(), signedOutAt)) {
				ended++;
			}
		}
		forget(userId);
		return ended;
	}

	private long signedOutAt(String userId) {
		Map<String, AttributeValue> item = items.get(userPk(userId), SIGNED_OUT);
		return item == null ? 0 : num(item, "at");
	}

	/**
	 * Ends the session a refresh token belongs to, for this user's tokens too.
	 * @throws InvalidInput when it is not known to be {@code userId}'s
	 */
	void end(String userId, String refreshToken, Runnable revoke) {
		Map<String, AttributeValue> item = items.get(refreshPk(refreshToken), REFRESH_SK);
		if (item == null || !str(item, "userId").equals(userId)) {
			throw new InvalidInput("refreshToken", "is not a refresh token of yours");
		}
		revoke.run();
		// An update, not a put: the session's details stay, and a session signed in before they were kept ends too.
		items.dynamo()
			.updateItem(b -> b.tableName(items.table())
				.key(key(userPk(userId), sessionSk(str(item, "sessionId"))))
				.updateExpression("SET revoked = :yes, expiresAt = if_not_exists(expiresAt, :until)")
				.expressionAttributeValues(
						Map.of(":yes", bool(true), ":until", n(clock.millis() + REFRESH_LIFETIME_MILLIS))));
		forget(userId);
	}

	/** Ends every session of the user that started before now (password reset, disabled). */
	void endAll(String userId) {
		Map<String, AttributeValue> item = key(userPk(userId), SIGNED_OUT);
		item.put("at", n(clock.millis()));
		items.dynamo().putItem(b -> b.tableName(items.table()).item(item));
		forget(userId);
	}

	/** Makes the next check of every session of this user read the account again. */
	void forget(String userId) {
		recent.asMap().keySet().removeIf(key -> key.userId().equals(userId));
	}

	/** The check {@link VerifiedTokens} runs on every request. */
	OAuth2TokenValidator<Jwt> accountAllows() {
		return jwt -> rejection(jwt).asResult();
	}

	Rejection rejection(Jwt jwt) {
		String sessionId = jwt.getClaimAsString(TokenIssuer.SESSION_CLAIM);
		List<String> groups = jwt.getClaimAsStringList(Role.GROUPS_CLAIM);
		Object authTime = jwt.getClaims().get("auth_time");
		if (jwt.getSubject() == null || sessionId == null || authTime == null) {
			return Rejection.SESSION_ENDED;
		}
		long startedAt = authTime instanceof Instant instant ? instant.toEpochMilli()
				: ((Number) authTime).longValue() * 1000;
		State state = recent.get(new SessionKey(jwt.getSubject(), sessionId),
				key -> state(key.userId(), key.sessionId()));
		return state.rejection(startedAt, Groups.strongest(groups));
	}

	private State state(String userId, String sessionId) {
		Boolean enabled;
		Role role;
		try {
			enabled = cognito.adminGetUser(b -> b.userPoolId(pool.poolId()).username(userId)).enabled();
			Set<String> groups = cognito.adminListGroupsForUser(b -> b.userPoolId(pool.poolId()).username(userId))
				.groups()
				.stream()
				.map(GroupType::groupName)
				.collect(Collectors.toSet());
			role = Groups.strongest(groups);
		}
		catch (UserNotFoundException gone) {
			return new State(false, false, Role.GUEST, 0, false);
		}
		Ended ended = ended(userId, sessionId);
		if (ended.session() != null && !ended.sessionEnded()) {
			sessionItems.touchIfDue(ended.session());
		}
		return new State(true, !Boolean.FALSE.equals(enabled), role, ended.signedOutAt(), ended.sessionEnded());
	}

	/** What the identity table says of the session, read together in one round trip. */
	private Ended ended(String userId, String sessionId) {
		var keys = List.of(key(userPk(userId), SIGNED_OUT), key(userPk(userId), sessionSk(sessionId)));
		long signedOutAt = 0;
		Map<String, AttributeValue> session = null;
		for (Map<String, AttributeValue> item : items.dynamo()
			.batchGetItem(b -> b.requestItems(
					Map.of(items.table(), KeysAndAttributes.builder().keys(keys).consistentRead(true).build())))
			.responses()
			.getOrDefault(items.table(), List.of())) {
			if (SIGNED_OUT.equals(item.get("SK").s())) {
				signedOutAt = num(item, "at");
			}
			else {
				session = item;
			}
		}
		return new Ended(signedOutAt, session, session != null && flag(session, "revoked"));
	}

	/** Cognito's {@code auth_time} in millis; a token without one started now. */
	private long startedAt(JWTClaimsSet claims) {
		Object authTime = claims.getClaim("auth_time");
		return authTime instanceof Number seconds ? seconds.longValue() * 1000 : clock.millis();
	}

	/** The user id (Cognito's {@code sub}) of the user with this email, or null. */
	@Nullable
	String userIdOf(String email) {
		try {
			return cognito.adminGetUser(b -> b.userPoolId(pool.poolId()).username(email))
				.userAttributes()
				.stream()
				.filter(attribute -> "sub".equals(attribute.name()))
				.map(AttributeType::value)
				.findFirst()
				.orElse(null);
		}
		catch (UserNotFoundException ex) {
			return null;
		}
	}

	private static JWTClaimsSet claims(String idToken) {
		try {
			return SignedJWT.parse(idToken).getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Cognito returned an ID token that is not a JWT", ex);
		}
	}

	private static String userPk(String userId) {
		return "COGNITO#" + userId;
	}

	private static String sessionSk(String sessionId) {
		return SessionItems.sk(sessionId);
	}

	private static String refreshPk(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return "COGNITO_REFRESH#" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is unavailable", ex);
		}
	}

	private record SessionKey(String userId, String sessionId) {
	}

	/**
	 * @param signedOutAt epoch millis; sessions that started before it have ended
	 * @param session the session's item, null when none was recorded
	 * @param sessionEnded this session was signed out
	 */
	private record Ended(long signedOutAt, @Nullable Map<String, AttributeValue> session, boolean sessionEnded) {
	}

	/**
	 * @param signedOutAt epoch millis; sessions that started before it have ended
	 * @param sessionEnded this session was signed out
	 */
	private record State(boolean exists, boolean enabled, Role role, long signedOutAt, boolean sessionEnded) {

		/**
		 * @param startedAt Cognito's {@code auth_time} in millis, so whole seconds: a session that
		 * started in the same second as a sign-out counts as before it (signing in again a second
		 * later works), rather than one from before slipping through
		 */
		Rejection rejection(long startedAt, Role tokenRole) {
			if (!exists) {
				return Rejection.ACCOUNT_GONE;
			}
			if (!enabled) {
				return Rejection.ACCOUNT_DISABLED;
			}
			if (sessionEnded || startedAt <= signedOutAt) {
				return Rejection.SESSION_ENDED;
			}
			if (tokenRole != role) {
				return Rejection.ROLE_CHANGED;
			}
			return Rejection.NONE;
		}

	}

}
