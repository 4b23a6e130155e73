package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.dynamo.WindowedCounter;
import dev.stratus.platform.dynamo.WindowedCounter.WindowEnd;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.num;

/**
 * Sign-in throttling, in two parts. A client (address) that fails five times within 15 minutes is
 * locked until those 15 minutes are over. An email is never locked outright, which would let
 * anyone lock its owner out: from its fifth failure within 15 minutes on, each failure makes the
 * next attempt wait, 1 s after the fifth and twice as long after each further one, at most 5
 * minutes; an attempt refused while waiting is not counted, and a successful sign-in ends the
 * wait. Since one address fails at most five times in 15 minutes, it alone can make the owner
 * wait seconds, not minutes. Counters live in the identity table, so every instance sees the same
 * count. Unknown emails are counted like known ones: the answer never tells them apart.
 */
@Component
public class LoginThrottle {

	public static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	static final Duration MAX_DELAY = Duration.ofMinutes(5);

	private static final String SK = "THROTTLE";

	private static final String CLIENT = "THROTTLE#client#";

	private final Items items;

	private final Clock clock;

	/** A failure at exactly the end of the 15 minutes opens a new window. */
	private final WindowedCounter failureCounts;

	LoginThrottle(Items items, Clock clock) {
		this.items = items;
		this.clock = clock;
		this.failureCounts = new WindowedCounter(items.dynamo(), items.table(), WINDOW, WindowEnd.EXCLUSIVE, clock);
	}

	/** How long sign-in must wait for this email or client; zero when it is open. */
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
			long failures = num(counter, "failures");
			long windowEnd = num(counter, WindowedCounter.WINDOW_START) + WINDOW.toMillis();
			if (windowEnd <= now || failures < MAX_FAILURES) {
				continue;
			}
			long until = counter.get("PK").s().startsWith(CLIENT)
					? windowEnd
					: num(counter, "lastFailure") + delayAfter(failures).toMillis();
			longest = Math.max(longest, until - now);
		}
		return Duration.ofMillis(longest);
	}

	/** The wait after an email's {@code failures}th failure in a window. */
	static Duration delayAfter(long failures) {
		if (failures < MAX_FAILURES) {
			return Duration.ZERO;
		}
		long doublings = Math.min(failures - MAX_FAILURES, 30);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
	}

	/** @return the email's failures in its window, this one included */
	public long recordFailure(String email, String client) {
		long failures = count(emailKey(email));
		count(clientKey(client));
		return failures;
	}

	/** A successful sign-in forgives the email's failures (and ends its wait); the client's stay counted. */
	public void clear(String email) {
		items.dynamo().deleteItem(b -> b.tableName(items.table()).key(key(emailKey(email), SK)));
	}

	private long count(String pk) {
		return failureCounts.count(key(pk, SK), "failures", Long.MAX_VALUE, Map.of("lastFailure", n(clock.millis())))
			.orElse(Long.MAX_VALUE);
	}

	private static String emailKey(String email) {
		return "THROTTLE#email#" + email;
	}

	private static String clientKey(String client) {
		return CLIENT + client;
	}

}
