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
import dev.stratus.identity.internal.CognitoConfiguration.CognitoPool;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.errors.InvalidInput;
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
 * {@code COGNITO#sub/SESSION#origin_jti} per signed-out session, {@code COGNITO#sub/SIGNED_OUT}
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
	private static final long REFRESH_LIFETIME_SECONDS = TimeUnit.DAYS.toSeconds(30);

	private final Items items;

	private final CognitoIdentityProviderClient cognito;

	private final CognitoPool pool;

	private final Clock clock;

	private final Cache<SessionKey, State> recent;

	CognitoSessions(Items items, CognitoIdentityProviderClient cognito, CognitoPool pool, Clock clock) {
		this.items = items;
		this.cognito = cognito;
		this.pool = pool;
		this.clock = clock;
		this.recent = Caffeine.newBuilder()
			.expireAfterWrite(Sessions.RECHECK_AFTER)
			.maximumSize(100_000)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	/** Notes whose session a refresh token just handed out belongs to, for {@link #end}. */
	void remember(String refreshToken, String idToken) {
		JWTClaimsSet claims = claims(idToken);
		String sessionId = (String) claims.getClaim(TokenIssuer.SESSION_CLAIM);
		if (sessionId == null) {
			return;
		}
		Map<String, AttributeValue> item = key(refreshPk(refreshToken), REFRESH_SK);
		item.put("userId", s(claims.getSubject()));
		item.put("sessionId", s(sessionId));
		item.put("expiresAt", n(clock.instant().getEpochSecond() + REFRESH_LIFETIME_SECONDS));
		items.dynamo().putItem(b -> b.tableName(items.table()).item(item));
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
		Map<String, AttributeValue> ended = key(userPk(userId), sessionSk(str(item, "sessionId")));
		ended.put("revoked", bool(true));
		ended.put("expiresAt", n(clock.instant().getEpochSecond() + REFRESH_LIFETIME_SECONDS));
		items.dynamo().putItem(b -> b.tableName(items.table()).item(ended));
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
		var keys = List.of(key(userPk(userId), SIGNED_OUT), key(userPk(userId), sessionSk(sessionId)));
		long signedOutAt = 0;
		boolean sessionEnded = false;
		for (Map<String, AttributeValue> item : items.dynamo()
			.batchGetItem(b -> b.requestItems(
					Map.of(items.table(), KeysAndAttributes.builder().keys(keys).consistentRead(true).build())))
			.responses()
			.getOrDefault(items.table(), List.of())) {
			if (SIGNED_OUT.equals(item.get("SK").s())) {
				signedOutAt = num(item, "at");
			}
			else {
				sessionEnded = flag(item, "revoked");
			}
		}
		return new State(true, !Boolean.FALSE.equals(enabled), role, signedOutAt, sessionEnded);
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
		return "SESSION#" + sessionId;
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
