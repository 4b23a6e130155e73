package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.stratus.identity.internal.IdentityTable.Items;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import static dev.stratus.identity.internal.IdentityTable.Items.key;
import static dev.stratus.identity.internal.IdentityTable.Items.n;
import static dev.stratus.identity.internal.IdentityTable.Items.number;

/**
 * The login lockout: five failures within a 15-minute window lock the email, and separately the
 * client, until the window ends. Counters live in the identity table, so every instance sees the
 * same count. Unknown emails are counted like known ones: the answer never tells them apart.
 */
@Component
public class LoginThrottle {

	public static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final String SK = "THROTTLE";

	private final Items items;

	private final Clock clock;

	@Autowired
	LoginThrottle(Items items) {
		this(items, Clock.systemUTC());
	}

	LoginThrottle(Items items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	/** How long sign-in stays locked for this email or client; zero when it is open. */
	public Duration lockedFor(String email, String client) {
		var keys = List.of(key(emailKey(email), SK), key(clientKey(client), SK));
		var found = items.dynamo()
			.batchGetItem(b -> b.requestItems(
					Map.of(items.table(), KeysAndAttributes.builder().keys(keys).consistentRead(true).build())))
			.responses()
			.getOrDefault(items.table(), List.of());
		long now = clock.millis();
		long longest = 0;
		for (Map<String, AttributeValue> counter : found) {
			long windowEnd = number(counter, "windowStart") + WINDOW.toMillis();
			if (number(counter, "failures") >= MAX_FAILURES && windowEnd > now) {
				longest = Math.max(longest, windowEnd - now);
			}
		}
		return Duration.ofMillis(longest);
	}

	public void recordFailure(String email, String client) {
		count(emailKey(email));
		count(clientKey(client));
	}

	/** A successful sign-in forgives the email's failures; the client's stay counted. */
	public void clear(String email) {
		items.dynamo().deleteItem(b -> b.tableName(items.table()).key(key(emailKey(email), SK)));
	}

	private void count(String pk) {
		long now = clock.millis();
		try {
			// A new window when there is none or the last one is over; else one more in this window.
			items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(key(pk, SK))
					.updateExpression("SET windowStart = :now, failures = :one, expiresAt = :expires")
					.conditionExpression("attribute_not_exists(PK) OR windowStart < :windowOpen")
					.expressionAttributeValues(Map.of(":now", n(now), ":one", n(1), ":windowOpen",
							n(now - WINDOW.toMillis()), ":expires", n((now + WINDOW.toMillis()) / 1000))));
		}
		catch (ConditionalCheckFailedException inOpenWindow) {
			items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(key(pk, SK))
					.updateExpression("ADD failures :one")
					.expressionAttributeValues(Map.of(":one", n(1))));
		}
	}

	private static String emailKey(String email) {
		return "THROTTLE#email#" + email;
	}

	private static String clientKey(String client) {
		return "THROTTLE#client#" + client;
	}

}
