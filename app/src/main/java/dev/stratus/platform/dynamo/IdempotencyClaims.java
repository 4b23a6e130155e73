package dev.stratus.platform.dynamo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.errors.Conflict;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * {@code Idempotency-Key} claims in a module's table ({@code IDEMPOTENCY#<owner>#<key>}): the claim is
 * one more write, labelled {@link #LABEL}, in the transaction that creates the work, so a key names
 * at most one result. A retry with the same key and the same request (its fingerprint) gets the first
 * result back; with another request it is a {@link Conflict}. Claims expire after a day (DynamoDB's
 * TTL on {@code expiresAt}); a client retries within minutes.
 * <p>
 * Usage: {@link #find} before the work (the cheap answer to a retry), {@link #claim} into the
 * work's {@link LabelledWrites}, and {@link #usedAfter} when the transaction was cancelled on
 * {@link #LABEL} (a concurrent retry won); {@link Used#replaying} then gives the first result.
 */
public final class IdempotencyClaims {

	/** The label of the claim's write in the work's transaction. */
	public static final String LABEL = "idempotency key";

	private static final Duration WINDOW = Duration.ofDays(1);

	private static final String FINGERPRINT = "fingerprint";

	private final DynamoDbClient dynamo;

	private final String table;

	private final String resultAttribute;

	/**
	 * @param resultAttribute the claim's attribute naming the result, say {@code orderId}
	 */
	public IdempotencyClaims(DynamoDbClient dynamo, String table, String resultAttribute) {
		this.dynamo = dynamo;
		this.table = table;
		this.resultAttribute = resultAttribute;
	}

	/**
	 * A caller's key and what it asked for.
	 *
	 * @param owner whose key it is (keys of different callers never meet)
	 * @param fingerprint the request's content: the same request gives the same fingerprint
	 */
	public record Claim(String owner, String key, String fingerprint) {

		/**
		 * A claim whose fingerprint is a digest of {@code request} (its canonical text), so a long body
		 * is compared without being stored.
		 */
		public static Claim of(String owner, String key, String request) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
				return new Claim(owner, key, HexFormat.of().formatHex(digest));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is unavailable", ex);
			}
		}

	}

	/**
	 * What a key was first used for.
	 *
	 * @param resultId the first request's result (an order's or an execution's id)
	 */
	public record Used(String resultId, String fingerprint) {

		/**
		 * @param what the kind of request, for the message: {@code "order"}
		 * @return this, when {@code claim} repeats the first request
		 * @throws Conflict when the key was used for another request
		 */
		public Used replaying(Claim claim, String what) {
			if (!fingerprint.equals(claim.fingerprint())) {
				throw new Conflict("This Idempotency-Key was used for a different " + what);
			}
			return this;
		}

	}

	/**
	 * The claim's conditional put, to add to the work's writes under {@link #LABEL}.
	 *
	 * @param resultId the result the work will have, drawn before the transaction (an order's id)
	 */
	public TransactWriteItem claim(Claim claim, String resultId, Instant now) {
		Map<String, AttributeValue> item = new HashMap<>(key(claim));
		item.put(FINGERPRINT, s(claim.fingerprint()));
		item.put(resultAttribute, s(resultId));
		item.put("createdAt", time(now));
		item.put("expiresAt", n(now.plus(WINDOW).getEpochSecond()));
		return TransactWriteItem.builder()
			.put(p -> p.tableName(table)
				.item(item)
				.conditionExpression("attribute_not_exists(PK)")
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
			.build();
	}

	/** The claim already made with this key, if any (a consistent read). */
	public Optional<Used> find(Claim claim) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(key(claim)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(used(item));
	}

	/**
	 * The claim that refused the work's transaction, read from the cancellation when DynamoDB returned
	 * it, else from the table; empty when the claim was not what refused it.
	 */
	public Optional<Used> usedAfter(LabelledWrites.Cancellation why, Claim claim) {
		return why.conditionFailed(LABEL) ? refusedBy(why.item(LABEL), claim) : Optional.empty();
	}

	/**
	 * The claim that refused a transaction on {@link #LABEL}: {@code item} as the refusal returned it,
	 * or, when it returned none, read from the table (empty if it expired meanwhile).
	 */
	public Optional<Used> refusedBy(@Nullable Map<String, AttributeValue> item, Claim claim) {
		return item == null || item.isEmpty() ? find(claim) : Optional.of(used(item));
	}

	private Used used(Map<String, AttributeValue> item) {
		return new Used(Attributes.str(item, resultAttribute), Attributes.str(item, FINGERPRINT));
	}

	private static Map<String, AttributeValue> key(Claim claim) {
		return Attributes.key("IDEMPOTENCY#" + claim.owner() + "#" + claim.key(), "IDEMPOTENCY");
	}

}
