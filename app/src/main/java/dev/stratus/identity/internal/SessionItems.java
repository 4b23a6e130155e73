package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stratus.identity.SignInClient;
import dev.stratus.identity.SignInSession;
import dev.stratus.identity.internal.IdentityTable.Items;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.bool;
import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.num;
import static dev.stratus.platform.dynamo.Attributes.optStr;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.str;

/**
 * Session items as the sessions list reads them, the same in both modes: {@code SESSION#id} in the
 * user's partition, holding the client it signed in from, {@code startedAt}, {@code lastUsedAt} and
 * {@code expiresAt} (epoch millis) and {@code revoked}.
 * <p>
 * {@code lastUsedAt} moves on every refresh, and on requests at most once per {@link #TOUCH_EVERY}:
 * the account check behind each request reads the item anyway (at most once per
 * {@link Sessions#RECHECK_AFTER}) and writes only when the stored time is older than that, on the
 * condition that it still is. So a busy client costs no write per request, and several instances
 * together write about once a minute per session.
 */
final class SessionItems {

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private static final String SK_PREFIX = "SESSION#";

	private final Items items;

	private final Clock clock;

	SessionItems(Items items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	static String sk(String sessionId) {
		return SK_PREFIX + sessionId;
	}

	/** A live session's item, for a put. */
	static Map<String, AttributeValue> newItem(String pk, String sessionId, SignInClient client, long startedAt,
			long expiresAt) {
		Map<String, AttributeValue> item = key(pk, sk(sessionId));
		item.put("userAgent", s(client.userAgent()));
		item.put("ipAddress", s(client.ipAddress()));
		item.put("startedAt", n(startedAt));
		item.put("lastUsedAt", n(startedAt));
		item.put("expiresAt", n(expiresAt));
		item.put("revoked", bool(false));
		return item;
	}

	/** The same session under another id (Cognito renamed it on a refresh), still live. */
	static Map<String, AttributeValue> renamed(Map<String, AttributeValue> item, String sessionId) {
		Map<String, AttributeValue> copy = new HashMap<>(item);
		copy.put("SK", s(sk(sessionId)));
		copy.put("revoked", bool(false));
		return copy;
	}

	/**
	 * The sessions of the partition that are neither revoked nor expired and started after
	 * {@code notBefore} (epoch millis: a password reset ended the earlier ones), newest first.
	 */
	List<SignInSession> active(String pk, long notBefore) {
		return items.dynamo()
			.queryPaginator(b -> b.tableName(items.table())
				.consistentRead(true)
				.keyConditionExpression("PK = :pk AND begins_with(SK, :session)")
				.filterExpression("revoked = :no AND expiresAt > :now AND startedAt > :notBefore")
				.expressionAttributeValues(Map.of(":pk", s(pk), ":session", s(SK_PREFIX), ":no", bool(false), ":now",
						n(clock.millis()), ":notBefore", n(notBefore))))
			.items()
			.stream()
			.map(SessionItems::session)
			.sorted(Comparator.comparing(SignInSession::createdAt).reversed())
			.toList();
	}

	/**
	 * Ends a session that is still active (so a second call, an unknown id or another user's is
	 * refused).
	 * @return whether this call ended it
	 */
	boolean revoke(String pk, String sessionId, long notBefore) {
		try {
			items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(key(pk, sk(sessionId)))
					.updateExpression("SET revoked = :yes")
					.conditionExpression(
							"attribute_exists(PK) AND revoked = :no AND expiresAt > :now AND startedAt > :notBefore")
					.expressionAttributeValues(Map.of(":yes", bool(true), ":no", bool(false), ":now",
							n(clock.millis()), ":notBefore", n(notBefore))));
			return true;
		}
		catch (ConditionalCheckFailedException notActive) {
			return false;
		}
	}

	/** For a refresh's transaction: the session was used now, and must not have been revoked meanwhile. */
	TransactWriteItem used(String pk, String sessionId) {
		return TransactWriteItem.builder()
			.update(u -> u.tableName(items.table())
				.key(key(pk, sk(sessionId)))
				.updateExpression("SET lastUsedAt = :now")
				.conditionExpression("revoked = :no")
				.expressionAttributeValues(Map.of(":now", n(clock.millis()), ":no", bool(false))))
			.build();
	}

	/** Notes a refresh of a session recorded earlier; one that was not recorded stays so. */
	void touch(String pk, String sessionId) {
		try {
			items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(key(pk, sk(sessionId)))
					.updateExpression("SET lastUsedAt = :now")
					.conditionExpression("attribute_exists(PK)")
					.expressionAttributeValues(Map.of(":now", n(clock.millis()))));
		}
		catch (ConditionalCheckFailedException notRecorded) {
			// Signed in before sessions were recorded: it stays off the list until it ends.
		}
	}

	/** Notes a request's use when the stored {@code lastUsedAt} is older than {@link #TOUCH_EVERY}. */
	void touchIfDue(Map<String, AttributeValue> item) {
		long now = clock.millis();
		long stale = now - TOUCH_EVERY.toMillis();
		if (num(item, "lastUsedAt") >= stale) {
			return;
		}
		try {
			items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(key(str(item, "PK"), str(item, "SK")))
					.updateExpression("SET lastUsedAt = :now")
					.conditionExpression(
							"attribute_exists(PK) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :stale)")
					.expressionAttributeValues(Map.of(":now", n(now), ":stale", n(stale))));
		}
		catch (ConditionalCheckFailedException anotherRequestDidIt) {
			// Someone noted it within the minute; that is all this was for.
		}
	}

	private static SignInSession session(Map<String, AttributeValue> item) {
		long startedAt = num(item, "startedAt");
		long lastUsedAt = Math.max(startedAt, num(item, "lastUsedAt"));
		String userAgent = optStr(item, "userAgent");
		String ipAddress = optStr(item, "ipAddress");
		return new SignInSession(str(item, "SK").substring(SK_PREFIX.length()), userAgent == null ? "" : userAgent,
				ipAddress == null ? "" : ipAddress, Instant.ofEpochMilli(startedAt), Instant.ofEpochMilli(lastUsedAt));
	}

}
