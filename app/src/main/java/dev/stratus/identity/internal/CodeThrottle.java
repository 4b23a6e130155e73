package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import dev.stratus.identity.internal.IdentityTable.Items;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import static dev.stratus.identity.internal.IdentityTable.Items.key;
import static dev.stratus.identity.internal.IdentityTable.Items.n;
import static dev.stratus.identity.internal.IdentityTable.Items.number;

/**
 * Caps on emailed codes per account (by email, so an unknown email is answered like a known one),
 * within an hour that starts at the first wrong code or code sent: ten wrong codes across every
 * code issued, after which no code is taken until the hour is over, and five codes sent. A fresh
 * code therefore never buys a fresh set of guesses. Counted in the identity table, so every
 * instance sees the same counts.
 */
@Component
public class CodeThrottle {

	public static final int MAX_WRONG = 10;

	public static final int MAX_SENT = 5;

	static final Duration WINDOW = Duration.ofHours(1);

	private static final String SK = "THROTTLE";

	private static final String WRONG = "wrong";

	private static final String SENT = "sent";

	private final Items items;

	private final Clock clock;

	CodeThrottle(Items items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	/** How long codes for this email are refused, right or wrong; zero when they are taken. */
	public Duration refusedFor(String email) {
		return waitIfAtLeast(email, WRONG, MAX_WRONG);
	}

	/**
	 * Counts a wrong code.
	 * @return whether this one used up the hour's wrong codes (the account's codes are then void)
	 */
	public boolean recordWrong(String email) {
		count(email, WRONG, Integer.MAX_VALUE);
		return !refusedFor(email).isZero();
	}

	/**
	 * Counts a code about to be sent.
	 * @return zero when it may be sent, else how long until the next one may
	 */
	public Duration trySend(String email) {
		return count(email, SENT, MAX_SENT) ? Duration.ZERO : waitIfAtLeast(email, SENT, MAX_SENT);
	}

	private Duration waitIfAtLeast(String email, String counter, int limit) {
		Map<String, AttributeValue> item = items.get(pk(email), SK);
		if (item == null) {
			return Duration.ZERO;
		}
		long windowEnd = number(item, "windowStart") + WINDOW.toMillis();
		long now = clock.millis();
		return number(item, counter) >= limit && windowEnd > now ? Duration.ofMillis(windowEnd - now) : Duration.ZERO;
	}

	/** @return false when the counter is already at {@code limit} in the current window */
	private boolean count(String email, String counter, int limit) {
		long now = clock.millis();
		try {
			// A new window when there is none or the last one is over; else one more in this window.
			items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(key(pk(email), SK))
					.updateExpression("SET windowStart = :now, wrong = :wrong, sent = :sent, expiresAt = :expires")
					.conditionExpression("attribute_not_exists(PK) OR windowStart < :windowOpen")
					.expressionAttributeValues(Map.of(":now", n(now), ":wrong", n(WRONG.equals(counter) ? 1 : 0),
							":sent", n(SENT.equals(counter) ? 1 : 0), ":windowOpen", n(now - WINDOW.toMillis()),
							":expires", n((now + WINDOW.toMillis()) / 1000))));
			return true;
		}
		catch (ConditionalCheckFailedException inOpenWindow) {
			try {
				items.dynamo()
					.updateItem(b -> b.tableName(items.table())
						.key(key(pk(email), SK))
						.updateExpression("ADD #counter :one")
						.conditionExpression("#counter < :limit")
						.expressionAttributeNames(Map.of("#counter", counter))
						.expressionAttributeValues(Map.of(":one", n(1), ":limit", n(limit))));
				return true;
			}
			catch (ConditionalCheckFailedException atLimit) {
				return false;
			}
		}
	}

	private static String pk(String email) {
		return "THROTTLE#codes#" + email;
	}

}
