package dev.stratus.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stratus.identity.SignInClient;
import dev.stratus.identity.SignInSession;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.Unauthenticated;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.platform.dynamo.Attributes.bool;
import static dev.stratus.platform.dynamo.Attributes.flag;
import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.num;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.str;

/**
 * Sign-in sessions and their refresh tokens. A session (one sign-in) lasts 7 days; each refresh
 * swaps its refresh token for a new one, and presenting a swapped-out token again means it was
 * stolen or replayed, so the whole session ends. Tokens are stored only as SHA-256 hashes.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class Sessions {

	private static final Logger log = LoggerFactory.getLogger(Sessions.class);

	static final Duration LIFETIME = Duration.ofDays(7);

	private static final String REFRESH_SK = "REFRESH";

	private static final String ACTIVE = "ACTIVE";

	private static final String ROTATED = "ROTATED";

	/** The labels of a refresh's writes, by which its cancellation reasons are read. */
	private static final String SWAPPED = "swapped token";

	private static final String NEXT = "next token";

	private static final String SESSION = "session";

	/**
	 * How long a request may rely on the account check of an earlier one. Within it, a change made
	 * by another instance (a disabled user, an ended session) is not yet seen; one made through
	 * this instance is, at once. Cognito itself lets an ID token live for its whole hour.
	 */
	static final Duration RECHECK_AFTER = Duration.ofSeconds(5);

	private final SecureRandom random = new SecureRandom();

	private final Items items;

	private final SessionItems sessionItems;

	private final Clock clock;

	/** Saves every signed-in request a consistent read: it was half the work of a product read. */
	private final Cache<SessionKey, State> recent;

	Sessions(Items items, Clock clock) {
		this.items = items;
		this.sessionItems = new SessionItems(items, clock);
		this.clock = clock;
		this.recent = Caffeine.newBuilder()
			.expireAfterWrite(RECHECK_AFTER)
			.maximumSize(100_000)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	Started start(String userId, SignInClient client) {
		String sessionId = UUID.randomUUID().toString();
		long now = clock.millis();
		long expiresAt = now + LIFETIME.toMillis();
		Map<String, AttributeValue> session = SessionItems.newItem(UserRecord.pk(userId), sessionId, client, now,
				expiresAt);
		String refreshToken = newToken();
		items.dynamo()
			.transactWriteItems(b -> b.transactItems(
					TransactWriteItem.builder().put(p -> p.tableName(items.table()).item(session)).build(),
					TransactWriteItem.builder().put(refreshItem(refreshToken, userId, sessionId, expiresAt)).build()));
		return new Started(sessionId, refreshToken, Instant.ofEpochMilli(now));
	}

	/**
	 * Swaps a refresh token for a new one of the same session.
	 * @throws Unauthenticated when the token is unknown, expired, its session has
	 * ended, or it was already swapped (then the session ends here)
	 */
	Rotated rotate(String refreshToken) {
		Map<String, AttributeValue> item = items.get(refreshPk(refreshToken), REFRESH_SK);
		if (item == null || num(item, "expiresAt") < clock.millis()) {
			throw refused();
		}
		String userId = str(item, "userId");
		String sessionId = str(item, "sessionId");
		State state = state(userId, sessionId);
		if (state.rejection(null) != Rejection.NONE) {
			throw refused();
		}
		if (ROTATED.equals(str(item, "state"))) {
			end(userId, sessionId);
			log.warn("Refresh token reused; session ended userId={} sessionId={}", userId, sessionId);
			throw refused();
		}
		String next = newToken();
		LabelledWrites writes = new LabelledWrites()
			.add(SWAPPED, TransactWriteItem.builder()
				.update(u -> u.tableName(items.table())
					.key(key(refreshPk(refreshToken), REFRESH_SK))
					.updateExpression("SET #state = :rotated")
					.conditionExpression("#state = :active")
					.expressionAttributeNames(Map.of("#state", "state"))
					.expressionAttributeValues(Map.of(":rotated", s(ROTATED), ":active", s(ACTIVE))))
				.build())
			.add(NEXT, TransactWriteItem.builder()
				.put(refreshItem(next, userId, sessionId, num(item, "expiresAt")))
				.build())
			.add(SESSION, sessionItems.used(UserRecord.pk(userId), sessionId));
		try {
			items.dynamo().transactWriteItems(b -> b.transactItems(writes.items()));
		}
		catch (TransactionCanceledException cancelled) {
			if (writes.reasons(cancelled).conditionFailed(SESSION)) {
				// Signed out between the check above and this write: nothing to end, only to refuse.
				throw refused();
			}
			end(userId, sessionId);
			log.warn("Refresh token used twice at once; session ended userId={} sessionId={}", userId, sessionId);
			throw refused();
		}
		return new Rotated(state.user(), new Started(sessionId, next, Instant.ofEpochMilli(state.startedAt())));
	}

	/**
	 * Ends the session the refresh token belongs to.
	 * @throws InvalidInput when it is not {@code userId}'s (or no refresh
	 * token at all): a silent success would let a caller believe someone else's token was ended
	 */
	void endByToken(String userId, String refreshToken) {
		Map<String, AttributeValue> item = items.get(refreshPk(refreshToken), REFRESH_SK);
		if (item == null || !str(item, "userId").equals(userId)) {
			throw new InvalidInput("refreshToken", "is not a refresh token of yours");
		}
		end(userId, str(item, "sessionId"));
		log.info("Signed out userId={} sessionId={}", userId, str(item, "sessionId"));
	}

	/** The user's active sessions, newest first; none while the account is disabled or gone. */
	List<SignInSession> active(String userId) {
		UserRecord user = user(userId);
		if (user == null || user.disabled()) {
			return List.of();
		}
		return sessionItems.active(UserRecord.pk(userId), user.sessionsRevokedAt());
	}

	/**
	 * Ends one of the user's sessions if it is still active.
	 * @return false when the user has no such active session
	 */
	boolean endActive(String userId, String sessionId) {
		UserRecord user = user(userId);
		boolean ended = user != null
				&& sessionItems.revoke(UserRecord.pk(userId), sessionId, user.sessionsRevokedAt());
		if (ended) {
			forget(userId);
			log.atInfo()
				.addKeyValue("userId", userId)
				.addKeyValue("sessionId", sessionId)
				.log("Session signed out from the sessions list");
		}
		return ended;
	}

	/** Ends every active session of the user but {@code keptSessionId}; returns how many. */
	int endOthers(String userId, String keptSessionId) {
		UserRecord user = user(userId);
		if (user == null) {
			return 0;
		}
		int ended = 0;
		for (SignInSession session : sessionItems.active(UserRecord.pk(userId), user.sessionsRevokedAt())) {
			if (!session.id().equals(keptSessionId)
					&& sessionItems.revoke(UserRecord.pk(userId), session.id(), user.sessionsRevokedAt())) {
				ended++;
			}
		}
		forget(userId);
		log.atInfo()
			.addKeyValue("userId", userId)
			.addKeyValue("keptSessionId", keptSessionId)
			.addKeyValue("ended", ended)
			.log("Every other session signed out");
		return ended;
	}

	void end(String userId, String sessionId) {
		items.dynamo()
			.updateItem(b -> b.tableName(items.table())
				.key(key(UserRecord.pk(userId), sessionSk(sessionId)))
				.updateExpression("SET revoked = :yes")
				.conditionExpression("attribute_exists(PK)")
				.expressionAttributeValues(Map.of(":yes", bool(true))));
		// After the write: forgetting first would let a concurrent request cache the old state again.
		forget(userId);
	}

	/**
	 * The state for the per-request token check: read at most once per {@link #RECHECK_AFTER}
	 * for each session, except after {@link #forget}.
	 */
	State recentState(String userId, String sessionId) {
		return recent.get(new SessionKey(userId, sessionId), key -> {
			State state = state(userId, sessionId);
			if (state.session() != null && state.rejection(null) == Rejection.NONE) {
				sessionItems.touchIfDue(state.session());
			}
			return state;
		});
	}

	/** Makes the next check of every session of this user read the account again. */
	void forget(String userId) {
		recent.asMap().keySet().removeIf(key -> key.userId().equals(userId));
	}

	/** The user and the session, read together in one round trip. */
	State state(String userId, String sessionId) {
		var keys = List.of(key(UserRecord.pk(userId), UserRecord.SK), key(UserRecord.pk(userId), sessionSk(sessionId)));
		var found = items.dynamo()
			.batchGetItem(b -> b.requestItems(
					Map.of(items.table(), KeysAndAttributes.builder().keys(keys).consistentRead(true).build())))
			.responses()
			.getOrDefault(items.table(), List.of());
		UserRecord user = null;
		Map<String, AttributeValue> session = null;
		for (Map<String, AttributeValue> item : found) {
			if (UserRecord.SK.equals(item.get("SK").s())) {
				user = UserRecord.from(item);
			}
			else {
				session = item;
			}
		}
		return new State(user, session, session == null ? 0 : num(session, "startedAt"),
				session != null && !flag(session, "revoked") && num(session, "expiresAt") > clock.millis());
	}

	@Nullable
	private UserRecord user(String userId) {
		Map<String, AttributeValue> item = items.get(UserRecord.pk(userId), UserRecord.SK);
		return item == null ? null : UserRecord.from(item);
	}

	private Put refreshItem(String token, String userId, String sessionId, long expiresAt) {
		Map<String, AttributeValue> item = key(refreshPk(token), REFRESH_SK);
		item.put("userId", s(userId));
		item.put("sessionId", s(sessionId));
		item.put("state", s(ACTIVE));
		item.put("expiresAt", n(expiresAt));
		return Put.builder().tableName(items.table()).item(item).build();
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String refreshPk(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return "REFRESH#" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is unavailable", ex);
		}
	}

	private static String sessionSk(String sessionId) {
		return SessionItems.sk(sessionId);
	}

	private static Unauthenticated refused() {
		return new Unauthenticated("Refresh token is not valid; sign in again");
	}

	private record SessionKey(String userId, String sessionId) {
	}

	record Started(String sessionId, String refreshToken, Instant startedAt) {
	}

	record Rotated(UserRecord user, Started session) {
	}

	/**
	 * @param user null when the account is gone
	 * @param session the session's item, null when there is none
	 * @param live the session exists, is not revoked and has not expired
	 */
	record State(@Nullable UserRecord user, @Nullable Map<String, AttributeValue> session, long startedAt,
			boolean live) {

		/**
		 * Why tokens of this session are refused now ({@link Rejection#NONE} when they are good).
		 * @param tokenRole the role the token claims, checked when given: a changed role makes the
		 * client refresh to pick up the new one
		 */
		Rejection rejection(@Nullable String tokenRole) {
			if (user == null) {
				return Rejection.ACCOUNT_GONE;
			}
			if (user.disabled()) {
				return Rejection.ACCOUNT_DISABLED;
			}
			if (!live || !user.admits(startedAt)) {
				return Rejection.SESSION_ENDED;
			}
			if (tokenRole != null && !tokenRole.equals(user.role().group())) {
				return Rejection.ROLE_CHANGED;
			}
			return Rejection.NONE;
		}

	}

}
