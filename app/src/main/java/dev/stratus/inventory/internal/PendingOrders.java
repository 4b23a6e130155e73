package dev.stratus.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.jobs.Sweep;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * What the pipeline keeps on an order while it is pending: who holds the right to send its
 * confirmation, its failed attempts, and when it is due. The pending orders sit in GSI2 sorted by
 * when each is due: placed or last re-sent, or when its worker's claim or its scheduled retry ends;
 * the relay's sweep re-sends those overdue. Settled orders leave the index, and so do dead-lettered
 * ones until an admin redrives them.
 */
@Component
public class PendingOrders implements Sweep<OrderId> {

	/** The GSI2 partition of the pending orders; {@link OrderTable} puts a new order there. */
	static final String PARTITION = "PENDING_ORDERS";

	private static final Map<String, String> STATUS = Map.of("#status", "status");

	private final DynamoDbClient dynamo;

	private final String table;

	PendingOrders(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(InventoryResources.TABLE);
	}

	/**
	 * Takes the right to send the confirmation email until {@code until}: only while the order is
	 * pending, unsent, and nobody else holds the right. A holder that dies loses it at {@code until};
	 * the sweep leaves the order alone till then. Either way the answer carries the order as the
	 * condition found it, so the worker needs no read of its own.
	 */
	public Claim claimConfirmation(OrderId id, Instant now, Instant until) {
		try {
			var claimed = dynamo.updateItem(b -> b.tableName(table)
				.key(OrderTable.key(id))
				.updateExpression("SET sendingUntil = :until, GSI2SK = :due")
				.conditionExpression("#status = :pending AND attribute_not_exists(confirmationSentAt) "
						+ "AND (attribute_not_exists(sendingUntil) OR sendingUntil < :now)")
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(Map.of(":until", time(until), ":due", due(id, until), ":now", time(now),
						":pending", s(Order.Status.PENDING.name())))
				.returnValues(ReturnValue.ALL_NEW)
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
			return new Claim.Taken(OrderTable.tracked(claimed.attributes()).orElseThrow());
		}
		catch (ConditionalCheckFailedException refused) {
			var order = OrderTable.tracked(refused.hasItem() ? refused.item() : null);
			Instant heldUntil = order.isPresent() ? Attributes.optInstant(refused.item(), "sendingUntil") : null;
			// Sent, settled or gone meanwhile: nobody holds it, and the next look finds it done.
			return new Claim.Refused(heldUntil == null || heldUntil.isBefore(now) ? now : heldUntil, order);
		}
	}

	/** How claiming the right to send went. */
	public sealed interface Claim {

		/** The order as claimed. */
		record Taken(TrackedOrder order) implements Claim {
		}

		/**
		 * Another delivery holds the right until {@code heldUntil}, or the order needs no email now: it is
		 * settled, its email went out, or ({@code order} empty) it does not exist.
		 */
		record Refused(Instant heldUntil, Optional<TrackedOrder> order) implements Claim {
		}

	}

	/**
	 * Counts a failed attempt and gives up the right to send, so the retry may take it; the order is
	 * due again at {@code retryAt}.
	 */
	void recordFailure(OrderId id, String error, Instant now, Instant retryAt) {
		dynamo.updateItem(b -> b.tableName(table)
			.key(OrderTable.key(id))
			.updateExpression("SET failedAttempts = if_not_exists(failedAttempts, :zero) + :one, "
					+ "firstFailedAt = if_not_exists(firstFailedAt, :now), lastError = :error, GSI2SK = :due "
					+ "REMOVE sendingUntil")
			.conditionExpression("attribute_exists(PK)")
			.expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1), ":now", time(now), ":error", s(error),
					":due", due(id, retryAt))));
	}

	/**
	 * A redriven order starts its attempts afresh, back among the pending orders. An order settled
	 * meanwhile stays as it is; the worker will drop its message.
	 */
	void clearFailures(OrderId id, Instant now) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(OrderTable.key(id))
				.updateExpression(
						"SET GSI2PK = :pendingOrders, GSI2SK = :due REMOVE failedAttempts, firstFailedAt, lastError")
				.conditionExpression("#status = :pending")
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(Map.of(":pendingOrders", s(PARTITION), ":due", due(id, now), ":pending",
						s(Order.Status.PENDING.name()))));
		}
		catch (ConditionalCheckFailedException goneOrSettled) {
			// Nothing to clear.
		}
	}

	/**
	 * Takes a dead-lettered order out of the pending orders, so the sweep leaves it to the admin. It
	 * stays {@code PENDING}.
	 */
	void park(OrderId id) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(OrderTable.key(id))
				.updateExpression("REMOVE GSI2PK, GSI2SK")
				.conditionExpression("attribute_exists(PK)"));
		}
		catch (ConditionalCheckFailedException gone) {
			// No order, nothing to park.
		}
	}

	/** Pending orders (not dead-lettered) that were due before {@code cutoff}. */
	@Override
	public List<OrderId> overdue(Instant cutoff) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.indexName("GSI2")
				.keyConditionExpression("GSI2PK = :pending AND GSI2SK < :cutoff")
				.expressionAttributeValues(Map.of(":pending", s(PARTITION), ":cutoff", time(cutoff))))
			.items()
			.stream()
			.flatMap(item -> OrderId.parse(Attributes.str(item, "id")).stream())
			.toList();
	}

	/** Records that the order was sent again just now, if it is still among the pending orders. */
	@Override
	public void resent(OrderId id, Instant now) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(OrderTable.key(id))
				.updateExpression("SET GSI2SK = :due")
				.conditionExpression("attribute_exists(GSI2PK)")
				.expressionAttributeValues(Map.of(":due", due(id, now))));
		}
		catch (ConditionalCheckFailedException settled) {
			// Confirmed, cancelled or dead-lettered meanwhile: no longer swept.
		}
	}

	private static AttributeValue due(OrderId id, Instant at) {
		return s(Attributes.timeKey(at, id.toString()));
	}

}
