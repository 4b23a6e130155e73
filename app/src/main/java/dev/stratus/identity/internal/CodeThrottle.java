package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.dynamo.WindowedCounter;
import dev.stratus.platform.dynamo.WindowedCounter.WindowEnd;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.num;

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

	/** A code at exactly the end of the hour still counts in it. */
	private final WindowedCounter codes;

	CodeThrottle(Items items, Clock clock) {
		this.items = items;
		this.clock = clock;
		this.codes = new WindowedCounter(items.dynamo(), items.table(), WINDOW, WindowEnd.INCLUSIVE, clock);
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
		long windowEnd = num(item, WindowedCounter.WINDOW_START) + WINDOW.toMillis();
		long now = clock.millis();
		return num(item, counter) >= limit && windowEnd > now ? Duration.ofMillis(windowEnd - now) : Duration.ZERO;
	}

	/** @return false when the counter is already at {@code limit} in the current window */
	private boolean count(String email, String counter, int limit) {
		return codes.count(key(pk(email), SK), counter, limit, Map.of()).isPresent();
	}

	private static String pk(String email) {
		return "THROTTLE#codes#" + email;
	}

}
