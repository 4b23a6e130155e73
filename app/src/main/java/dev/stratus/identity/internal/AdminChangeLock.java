package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.errors.Conflict;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * AWS mode: Cognito has no transactions, so a change that takes an admin away runs alone, under
 * a lock item in the identity table, between counting Cognito's admins and making the change. Two
 * admins demoting each other at once are thus taken one after the other, and the second finds
 * itself the last. A lock left by a crashed instance lapses after {@link #HELD_AT_MOST}.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class AdminChangeLock {

	static final Duration HELD_AT_MOST = Duration.ofSeconds(30);

	/** How long a change waits for another to finish before it gives up with a 409. */
	private static final Duration WAIT_AT_MOST = Duration.ofSeconds(10);

	private static final String PK = "ADMINS";

	private static final String SK = "LOCK";

	private final Items items;

	private final Clock clock;

	AdminChangeLock(Items items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	<T> T exclusively(Supplier<T> change) {
		String owner = UUID.randomUUID().toString();
		long giveUpAt = clock.millis() + WAIT_AT_MOST.toMillis();
		while (!acquire(owner)) {
			if (clock.millis() > giveUpAt) {
				throw new Conflict("Another change to the admins is under way; try again");
			}
			pause();
		}
		try {
			return change.get();
		}
		finally {
			release(owner);
		}
	}

	private boolean acquire(String owner) {
		long now = clock.millis();
		Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> lock = key(PK, SK);
		lock.put("owner", s(owner));
		lock.put("lapsesAt", n(now + HELD_AT_MOST.toMillis()));
		try {
			items.dynamo()
				.putItem(b -> b.tableName(items.table())
					.item(lock)
					.conditionExpression("attribute_not_exists(PK) OR lapsesAt < :now")
					.expressionAttributeValues(Map.of(":now", n(now))));
			return true;
		}
		catch (ConditionalCheckFailedException held) {
			return false;
		}
	}

	private void release(String owner) {
		try {
			items.dynamo()
				.deleteItem(b -> b.tableName(items.table())
					.key(key(PK, SK))
					.conditionExpression("#owner = :me")
					.expressionAttributeNames(Map.of("#owner", "owner"))
					.expressionAttributeValues(Map.of(":me", s(owner))));
		}
		catch (ConditionalCheckFailedException lapsed) {
			// Held too long and taken over: nothing of ours to release.
		}
	}

	/** Admin changes are rare and short: a brief back-off between tries is enough. */
	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Conflict("Another change to the admins is under way; try again");
		}
	}

}
