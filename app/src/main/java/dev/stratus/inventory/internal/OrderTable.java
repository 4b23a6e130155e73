package dev.stratus.inventory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import dev.stratus.platform.cloud.CloudResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.inventory.internal.Items.n;
import static dev.stratus.inventory.internal.Items.s;
import static dev.stratus.inventory.internal.Items.time;

/**
 * Orders ({@code ORDER#<id>}) with their outbox items ({@code OUTBOX#<id>}) and idempotency items
 * ({@code IDEMPOTENCY#<user>#<key>}). Placing and cancelling are each one transaction with the
 * product's stock, so stock never goes below zero and is restored exactly once.
 * <p>
 * The pipeline's pending orders sit in GSI2 sorted by when each is due: placed or last re-sent, or
 * when its worker's claim or its scheduled retry ends. The relay's sweep re-sends those overdue.
 * Settled orders leave the index, and so do dead-lettered ones until an admin redrives them.
 */
@Component
public class OrderTable {

	private static final String METADATA = "METADATA";

	private static final String OUTBOX = "OUTBOX";

	private static final String PENDING_ORDERS = "PENDING_ORDERS";

	private static final java.time.Duration IDEMPOTENCY_WINDOW = java.time.Duration.ofDays(1);

	private static final Map<String, String> STATUS = Map.of("#status", "status");

	private final DynamoDbClient dynamo;

	private final String table;

	OrderTable(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(InventoryResources.TABLE);
	}

	/** How placing an order ended. */
	public sealed interface Placement {

		record Placed() implements Placement {
		}

		record ProductGone() implements Placement {
		}

		/** The product was edited since it was read (name or price may differ): read it again. */
		record ProductChanged() implements Placement {
		}

		record InsufficientStock(long available) implements Placement {
		}

		record KeyUsed(String orderId, String fingerprint) implements Placement {
		}

		/** Another transaction held an item (real DynamoDB only): try again. */
		record Contended() implements Placement {
		}

	}

	/** The idempotency item's content: who asked, with which key, for what. */
	public record Idempotency(String key, String fingerprint) {
	}

	static Map<String, AttributeValue> key(OrderId id) {
		return Items.key("ORDER#" + id, METADATA);
	}

	private static Map<String, AttributeValue> idempotencyKey(String userId, String key) {
		return Items.key("IDEMPOTENCY#" + userId + "#" + key, "IDEMPOTENCY");
	}

	/**
	 * Takes the stock (only while the product still has {@code productVersion} and enough of it),
	 * writes the order, its outbox item and the idempotency item, all or nothing. Taking stock bumps
	 * the product's stock version, so an edit that sets the stock from an older reading is refused.
	 */
	public Placement place(Order order, long productVersion, @Nullable Idempotency idempotency,
			@Nullable String requestId) {
		List<TransactWriteItem> writes = new ArrayList<>();
		writes.add(TransactWriteItem.builder()
			.update(u -> u.tableName(table)
				.key(ProductTable.key(order.productId()))
				.updateExpression("SET quantity = quantity - :n ADD stockVersion :one")
				.conditionExpression("attribute_exists(PK) AND quantity >= :n AND #version = :version")
				.expressionAttributeNames(Map.of("#version", "version"))
				.expressionAttributeValues(
						Map.of(":n", n(order.quantity()), ":version", n(productVersion), ":one", n(1)))
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
			.build());
		writes.add(TransactWriteItem.builder()
			.put(p -> p.tableName(table).item(item(order, requestId)).conditionExpression("attribute_not_exists(PK)"))
			.build());
		Map<String, AttributeValue> outbox = new HashMap<>(Items.key("OUTBOX#" + order.id(), OUTBOX));
		outbox.put("GSI1PK", s(OUTBOX));
		outbox.put("GSI1SK", s(Items.timeKey(order.createdAt(), order.id().toString())));
		outbox.put("orderId", s(order.id().toString()));
		writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(outbox)).build());
		if (idempotency != null) {
			Map<String, AttributeValue> claim = new HashMap<>(idempotencyKey(order.userId(), idempotency.key()));
			claim.put("orderId", s(order.id().toString()));
			claim.put("fingerprint", s(idempotency.fingerprint()));
			claim.put("createdAt", time(order.createdAt()));
			// DynamoDB's TTL removes the claim after a day; a retry comes within minutes.
			claim.put("expiresAt", n(order.createdAt().plus(IDEMPOTENCY_WINDOW).getEpochSecond()));
			writes.add(TransactWriteItem.builder()
				.put(p -> p.tableName(table)
					.item(claim)
					.conditionExpression("attribute_not_exists(PK)")
					.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
				.build());
		}
		try {
			dynamo.transactWriteItems(b -> b.transactItems(writes));
			return new Placement.Placed();
		}
		catch (TransactionCanceledException ex) {
			return why(ex, order, productVersion, idempotency);
		}
	}

	private Placement why(TransactionCanceledException ex, Order order, long productVersion,
			@Nullable Idempotency idempotency) {
		List<CancellationReason> reasons = ex.cancellationReasons();
		if (idempotency != null && ProductTable.failed(ex, 3)) {
			Map<String, AttributeValue> used = reasons.get(3).hasItem() ? reasons.get(3).item()
					: dynamo.getItem(b -> b.tableName(table)
						.key(idempotencyKey(order.userId(), idempotency.key()))
						.consistentRead(true)).item();
			return new Placement.KeyUsed(Items.str(used, "orderId"), Items.str(used, "fingerprint"));
		}
		if (ProductTable.failed(ex, 0)) {
			Map<String, AttributeValue> product = reasons.get(0).hasItem() ? reasons.get(0).item()
					: dynamo.getItem(b -> b.tableName(table).key(ProductTable.key(order.productId())).consistentRead(true))
						.item();
			if (product == null || product.isEmpty()) {
				return new Placement.ProductGone();
			}
			if (Items.num(product, "version") != productVersion) {
				return new Placement.ProductChanged();
			}
			return new Placement.InsufficientStock(Items.num(product, "quantity"));
		}
		if (reasons.stream().anyMatch(reason -> "TransactionConflict".equals(reason.code()))) {
			return new Placement.Contended();
		}
		throw ex;
	}

	/** The order a user's idempotency key already placed, if any. */
	public Optional<Placement.KeyUsed> usedKey(String userId, String key) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(idempotencyKey(userId, key)).consistentRead(true))
			.item();
		if (item == null || item.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Placement.KeyUsed(Items.str(item, "orderId"), Items.str(item, "fingerprint")));
	}

	public Optional<StoredOrder> find(OrderId id) {
		Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true))
			.item();
		if (item == null || item.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new StoredOrder(order(item), Items.optInstant(item, "confirmationSentAt"),
				Items.num(item, "failedAttempts"), Items.optInstant(item, "firstFailedAt"),
				Items.optStr(item, "lastError"), Items.optStr(item, "requestId")));
	}

	/** A user's orders, newest first. */
	public OrderPage listByUser(String userId, @Nullable Map<String, AttributeValue> start, int limit,
			Predicate<Order> matches) {
		IndexPage page = IndexPage.read(dynamo, table, "GSI1", "USER#" + userId, start, limit,
				item -> matches.test(order(item)));
		return new OrderPage(page.items().stream().map(OrderTable::order).toList(), page.lastKey());
	}

	public record OrderPage(List<Order> items, @Nullable Map<String, AttributeValue> lastKey) {
	}

	/** How cancelling ended. */
	public enum Cancellation {

		DONE, STATUS_CHANGED, PRODUCT_GONE

	}

	/**
	 * Stores {@code cancelled} if the order is still {@code expected}, restoring its stock in the
	 * same transaction (unless {@code restoreStock} is false: the product no longer exists). Like an
	 * order, that is a stock move: the product's stock version grows.
	 */
	public Cancellation cancel(Order cancelled, Order.Status expected, boolean restoreStock) {
		List<TransactWriteItem> writes = new ArrayList<>();
		writes.add(TransactWriteItem.builder()
			.update(u -> u.tableName(table)
				.key(key(cancelled.id()))
				.updateExpression("SET #status = :cancelled, updatedAt = :now REMOVE GSI2PK, GSI2SK")
				.conditionExpression("#status = :expected")
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(Map.of(":cancelled", s(Order.Status.CANCELLED.name()), ":now",
						time(cancelled.updatedAt()), ":expected", s(expected.name()))))
			.build());
		if (restoreStock) {
			writes.add(TransactWriteItem.builder()
				.update(u -> u.tableName(table)
					.key(ProductTable.key(cancelled.productId()))
					.updateExpression("SET quantity = quantity + :n ADD stockVersion :one")
					.conditionExpression("attribute_exists(PK)")
					.expressionAttributeValues(Map.of(":n", n(cancelled.quantity()), ":one", n(1))))
				.build());
		}
		try {
			dynamo.transactWriteItems(b -> b.transactItems(writes));
			return Cancellation.DONE;
		}
		catch (TransactionCanceledException ex) {
			if (ProductTable.failed(ex, 0)) {
				return Cancellation.STATUS_CHANGED;
			}
			if (ProductTable.failed(ex, 1)) {
				return Cancellation.PRODUCT_GONE;
			}
			throw ex;
		}
	}

	/**
	 * Takes the right to send the confirmation email until {@code until}: only while the order is
	 * pending, unsent, and nobody else holds the right. A holder that dies loses it at {@code until};
	 * the sweep leaves the order alone till then.
	 */
	public boolean claimConfirmation(OrderId id, Instant now, Instant until) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(id))
				.updateExpression("SET sendingUntil = :until, GSI2SK = :due")
				.conditionExpression("#status = :pending AND attribute_not_exists(confirmationSentAt) "
						+ "AND (attribute_not_exists(sendingUntil) OR sendingUntil < :now)")
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(Map.of(":until", time(until), ":due", due(id, until), ":now", time(now),
						":pending", s(Order.Status.PENDING.name()))));
			return true;
		}
		catch (ConditionalCheckFailedException taken) {
			return false;
		}
	}

	/**
	 * Records the sent email and stores {@code confirmed}, only over {@code PENDING}: a cancel that
	 * won the race stays. @return false when the order was no longer pending (the email is still
	 * recorded as sent)
	 */
	public boolean confirm(Order confirmed, Instant sentAt) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(confirmed.id()))
				.updateExpression("SET #status = :confirmed, updatedAt = :now, confirmationSentAt = :sent "
						+ "REMOVE GSI2PK, GSI2SK, sendingUntil")
				.conditionExpression("#status = :pending")
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(Map.of(":confirmed", s(Order.Status.CONFIRMED.name()), ":now",
						time(confirmed.updatedAt()), ":sent", time(sentAt), ":pending",
						s(Order.Status.PENDING.name()))));
			return true;
		}
		catch (ConditionalCheckFailedException notPending) {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(confirmed.id()))
				.updateExpression("SET confirmationSentAt = :sent REMOVE sendingUntil")
				.conditionExpression("attribute_exists(PK)")
				.expressionAttributeValues(Map.of(":sent", time(sentAt))));
			return false;
		}
	}

	/**
	 * Counts a failed attempt and gives up the right to send, so the retry may take it; the order is
	 * due again at {@code retryAt}.
	 */
	public void recordFailure(OrderId id, String error, Instant now, Instant retryAt) {
		dynamo.updateItem(b -> b.tableName(table)
			.key(key(id))
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
	public void clearFailures(OrderId id, Instant now) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(id))
				.updateExpression(
						"SET GSI2PK = :pendingOrders, GSI2SK = :due REMOVE failedAttempts, firstFailedAt, lastError")
				.conditionExpression("#status = :pending")
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(Map.of(":pendingOrders", s(PENDING_ORDERS), ":due", due(id, now),
						":pending", s(Order.Status.PENDING.name()))));
		}
		catch (ConditionalCheckFailedException goneOrSettled) {
			// Nothing to clear.
		}
	}

	/**
	 * Takes a dead-lettered order out of the pending orders, so the sweep leaves it to the admin. It
	 * stays {@code PENDING}.
	 */
	public void park(OrderId id) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(id))
				.updateExpression("REMOVE GSI2PK, GSI2SK")
				.conditionExpression("attribute_exists(PK)"));
		}
		catch (ConditionalCheckFailedException gone) {
			// No order, nothing to park.
		}
	}

	/** The oldest outbox entries, by order id. */
	public List<String> outbox(int limit) {
		return dynamo
			.query(b -> b.tableName(table)
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :outbox")
				.expressionAttributeValues(Map.of(":outbox", s(OUTBOX)))
				.limit(limit))
			.items()
			.stream()
			.map(item -> Items.str(item, "orderId"))
			.toList();
	}

	public void deleteOutbox(String orderId) {
		dynamo.deleteItem(b -> b.tableName(table).key(Items.key("OUTBOX#" + orderId, OUTBOX)));
	}

	/** Pending orders (not dead-lettered) that were due before {@code cutoff}, by order id. */
	public List<String> overdue(Instant cutoff) {
		List<String> ids = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			Map<String, AttributeValue> from = start;
			QueryResponse page = dynamo.query(b -> b.tableName(table)
				.indexName("GSI2")
				.keyConditionExpression("GSI2PK = :pending AND GSI2SK < :cutoff")
				.expressionAttributeValues(Map.of(":pending", s(PENDING_ORDERS), ":cutoff", time(cutoff)))
				.exclusiveStartKey(from));
			page.items().forEach(item -> ids.add(Items.str(item, "id")));
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		return ids;
	}

	/** Records that the order was sent again just now, if it is still among the pending orders. */
	public void resent(String orderId, Instant now) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(Items.key("ORDER#" + orderId, METADATA))
				.updateExpression("SET GSI2SK = :due")
				.conditionExpression("attribute_exists(GSI2PK)")
				.expressionAttributeValues(Map.of(":due", s(Items.timeKey(now, orderId)))));
		}
		catch (ConditionalCheckFailedException settled) {
			// Confirmed, cancelled or dead-lettered meanwhile: no longer swept.
		}
	}

	private static AttributeValue due(OrderId id, Instant at) {
		return s(Items.timeKey(at, id.toString()));
	}

	private static Map<String, AttributeValue> item(Order order, @Nullable String requestId) {
		Map<String, AttributeValue> item = new HashMap<>(key(order.id()));
		String sort = Items.timeKey(order.createdAt(), order.id().toString());
		item.put("GSI1PK", s("USER#" + order.userId()));
		item.put("GSI1SK", s(sort));
		item.put("GSI2PK", s(PENDING_ORDERS));
		item.put("GSI2SK", s(sort));
		item.put("entityType", s("ORDER"));
		item.put("id", s(order.id().toString()));
		item.put("userId", s(order.userId()));
		item.put("userEmail", s(order.userEmail()));
		item.put("productId", s(order.productId()));
		item.put("productName", s(order.productName()));
		item.put("quantity", n(order.quantity()));
		item.put("pricePerUnit", n(order.pricePerUnit()));
		item.put("totalAmount", n(order.totalAmount()));
		item.put("status", s(order.status().name()));
		item.put("createdAt", time(order.createdAt()));
		item.put("updatedAt", time(order.updatedAt()));
		if (requestId != null) {
			item.put("requestId", s(requestId));
		}
		return item;
	}

	static Order order(Map<String, AttributeValue> item) {
		return new Order(new OrderId(java.util.UUID.fromString(Items.str(item, "id"))), Items.str(item, "userId"),
				Items.str(item, "userEmail"), Items.str(item, "productId"), Items.str(item, "productName"),
				Items.num(item, "quantity"), Items.num(item, "pricePerUnit"),
				Order.Status.valueOf(Items.str(item, "status")), Items.instant(item, "createdAt"),
				Items.instant(item, "updatedAt"));
	}

}
