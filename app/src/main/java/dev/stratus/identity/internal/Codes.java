package dev.stratus.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.Secrets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.num;
import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * Six-digit emailed codes: one live code per user and purpose, stored as a keyed hash (a plain hash
 * of a million possibilities would be no secret), single use, and gone after five wrong tries.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class Codes {

	static final int MAX_ATTEMPTS = 5;

	enum Purpose {

		CONFIRM(Duration.ofHours(24)), RESET(Duration.ofHours(1));

		final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}

	}

	private final SecureRandom random = new SecureRandom();

	private final Items items;

	private final SecretKeySpec key;

	private final Clock clock;

	Codes(Items items, Secrets secrets, Clock clock) {
		this.items = items;
		this.key = new SecretKeySpec(secrets.get("identity-codes"), "HmacSHA256");
		this.clock = clock;
	}

	String newCode() {
		return "%06d".formatted(random.nextInt(1_000_000));
	}

	/** The write that makes {@code code} the user's live code, for use inside a transaction. */
	Put put(String userId, Purpose purpose, String code) {
		Map<String, AttributeValue> item = key(UserRecord.pk(userId), sk(purpose));
		item.put("hash", s(hash(userId, purpose, code)));
		item.put("attempts", n(0));
		long expiresAt = clock.millis() + purpose.lifetime.toMillis();
		item.put("expiresAt", n(expiresAt));
		return Put.builder().tableName(items.table()).item(item).build();
	}

	/** Replaces the user's live code for this purpose. */
	void store(String userId, Purpose purpose, String code) {
		Put put = put(userId, purpose, code);
		items.dynamo().putItem(b -> b.tableName(put.tableName()).item(put.item()));
	}

	/**
	 * Spends the code and applies {@code then} in the same transaction, so a code works once and
	 * only together with its effect.
	 * @param then made only once the code has matched, so a wrong code costs no work (a password
	 * reset's bcrypt hash)
	 * @return false when the code is wrong, expired, used up or spent concurrently; a wrong code
	 * counts as a try
	 */
	boolean redeem(String userId, Purpose purpose, String code, Supplier<Update> then) {
		Map<String, AttributeValue> item = items.get(UserRecord.pk(userId), sk(purpose));
		if (item == null || num(item, "expiresAt") < clock.millis()
				|| num(item, "attempts") >= MAX_ATTEMPTS) {
			return false;
		}
		String expected = item.get("hash").s();
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				hash(userId, purpose, code).getBytes(StandardCharsets.US_ASCII))) {
			countWrongTry(userId, purpose);
			return false;
		}
		Update effect = then.get();
		try {
			items.dynamo()
				.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder()
					.delete(d -> d.tableName(items.table())
						.key(key(UserRecord.pk(userId), sk(purpose)))
						.conditionExpression("#hash = :hash AND attempts < :max")
						.expressionAttributeNames(Map.of("#hash", "hash"))
						.expressionAttributeValues(Map.of(":hash", s(expected), ":max", n(MAX_ATTEMPTS))))
					.build(), TransactWriteItem.builder().update(effect).build()));
			return true;
		}
		catch (TransactionCanceledException spentMeanwhile) {
			return false;
		}
	}

	/** Deletes the user's live codes of every purpose. */
	void voidAll(String userId) {
		for (Purpose purpose : Purpose.values()) {
			items.dynamo().deleteItem(b -> b.tableName(items.table()).key(key(UserRecord.pk(userId), sk(purpose))));
		}
	}

	private void countWrongTry(String userId, Purpose purpose) {
		var key = key(UserRecord.pk(userId), sk(purpose));
		try {
			var updated = items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(key)
					.updateExpression("ADD attempts :one")
					.conditionExpression("attribute_exists(PK)")
					.expressionAttributeValues(Map.of(":one", n(1)))
					.returnValues(ReturnValue.UPDATED_NEW));
			if (num(updated.attributes(), "attempts") >= MAX_ATTEMPTS) {
				items.dynamo().deleteItem(b -> b.tableName(items.table()).key(key));
			}
		}
		catch (ConditionalCheckFailedException alreadyGone) {
			// Spent or used up by a concurrent request: nothing left to count against.
		}
	}

	private String hash(String userId, Purpose purpose, String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update((userId + "|" + purpose + "|").getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	private static String sk(Purpose purpose) {
		return "CODE#" + purpose;
	}

}
