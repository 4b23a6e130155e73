package dev.stratus.platform.dynamo;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import static dev.stratus.platform.dynamo.Attributes.n;

/**
 * Counts events in a window of fixed length that opens with the first event, in one item per key:
 * sign-in failures per email, codes sent per hour, requests per API key and day. Each event is one
 * conditional write, so instances counting at once never lose one and never let one past the limit.
 * The item holds {@link #WINDOW_START} (epoch milliseconds), one number per counter, and
 * {@code expiresAt} (epoch seconds, for DynamoDB's TTL); it starts afresh once its window is over.
 *
 * <pre>
 * WindowedCounter quota = new WindowedCounter(dynamo, table, Duration.ofDays(1), WindowEnd.EXCLUSIVE, clock);
 * if (quota.count(Attributes.key("QUOTA#" + keyId, "QUOTA"), "requests", dailyQuota, Map.of()).isEmpty()) {
 * 	// over today's quota: refuse the request
 * }
 * </pre>
 */
public final class WindowedCounter {

	/** The attribute holding when the item's window opened, in epoch milliseconds. */
	public static final String WINDOW_START = "windowStart";

	/** Whether an event at exactly the end of a window (its start plus its length) still falls in it. */
	public enum WindowEnd {

		/** It does: the window is over only after its end. */
		INCLUSIVE,
		/** It opens a new window: the window is over at its end. */
		EXCLUSIVE

	}

	private final DynamoDbClient dynamo;

	private final String table;

	private final Duration window;

	private final WindowEnd end;

	private final Clock clock;

	public WindowedCounter(DynamoDbClient dynamo, String table, Duration window, WindowEnd end, Clock clock) {
		this.dynamo = dynamo;
		this.table = table;
		this.window = window;
		this.end = end;
		this.clock = clock;
	}

	/**
	 * Counts one event under {@code counter} in the key's current window, or in a new one when there
	 * is none or it is over; a new window starts every counter of the item at zero.
	 * @param limit the most events of this counter a window takes ({@code Long.MAX_VALUE} for no limit)
	 * @param alsoSet set with every counted event, say when the last one happened
	 * @return this counter's count in the window, this event included; empty when the window already
	 * held {@code limit} (the event is then not counted)
	 */
	public OptionalLong count(Map<String, AttributeValue> key, String counter, long limit,
			Map<String, AttributeValue> alsoSet) {
		long now = clock.millis();
		Map<String, AttributeValue> fresh = new HashMap<>(key);
		fresh.putAll(alsoSet);
		fresh.put(WINDOW_START, n(now));
		fresh.put(counter, n(1));
		fresh.put("expiresAt", n((now + window.toMillis()) / 1000));
		try {
			dynamo.putItem(b -> b.tableName(table)
				.item(fresh)
				.conditionExpression("attribute_not_exists(PK) OR " + WINDOW_START
						+ (end == WindowEnd.INCLUSIVE ? " < " : " <= ") + ":windowOpen")
				.expressionAttributeValues(Map.of(":windowOpen", n(now - window.toMillis()))));
			return OptionalLong.of(1);
		}
		catch (ConditionalCheckFailedException inOpenWindow) {
			return addOne(key, counter, limit, alsoSet);
		}
	}

	private OptionalLong addOne(Map<String, AttributeValue> key, String counter, long limit,
			Map<String, AttributeValue> alsoSet) {
		Map<String, String> names = new HashMap<>(Map.of("#counter", counter));
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", n(1), ":limit", n(limit)));
		StringBuilder update = new StringBuilder("ADD #counter :one");
		alsoSet.forEach((name, value) -> {
			update.append(names.size() == 1 ? " SET " : ", ").append("#a").append(names.size());
			update.append(" = :a").append(names.size());
			values.put(":a" + names.size(), value);
			names.put("#a" + names.size(), name);
		});
		try {
			AttributeValue count = dynamo
				.updateItem(b -> b.tableName(table)
					.key(key)
					.updateExpression(update.toString())
					.conditionExpression("attribute_not_exists(#counter) OR #counter < :limit")
					.expressionAttributeNames(names)
					.expressionAttributeValues(values)
					.returnValues(ReturnValue.UPDATED_NEW))
				.attributes()
				.get(counter);
			return OptionalLong.of(Long.parseLong(count.n()));
		}
		catch (ConditionalCheckFailedException atLimit) {
			return OptionalLong.empty();
		}
	}

}
