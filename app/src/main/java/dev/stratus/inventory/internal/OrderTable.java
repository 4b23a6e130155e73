package dev.stratus.inventory.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Orders ({@code ORDER#<id>}) with their idempotency items ({@code IDEMPOTENCY#<user>#<key>}).
 * Placing and cancelling are each one transaction with the product's stock, so stock never goes
 * below zero and is restored exactly once; placing also writes the order's outbox entry, so no
 * order misses the pipeline. What the pipeline keeps on a pending order is {@link PendingOrders}'.
 */
@Component
public class OrderTable {

	private static final String METADATA = "METADATA";

	/** The labels of a transaction's writes, by which its cancellation reasons are read. */
	private static final String STOCK = "stock";

	private static final String ORDER = "order";

	private static final String OUTBOX = "outbox";

	private static final Map<String, String> STATUS = Map.of("#status", "status");

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	private final IdempotencyClaims idempotencyClaims;

	OrderTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = resources.tableName(InventoryResources.TABLE);
		this.pages = pages;
		this.idempotencyClaims = new IdempotencyClaims(dynamo, table, "orderId");
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

		record KeyUsed(IdempotencyClaims.Used used) implements Placement {
		}

		/** Another transaction held an item (real DynamoDB only): try again. */
		record Contended() implements Placement {
		}

	}

	static Map<String, AttributeValue> key(OrderId id) {
		return Attributes.key("ORDER#" + id, METADATA);
	}

	/**
	 * Takes the stock (only while the product still has {@code productVersion} and enough of it),
	 * writes the order, its outbox item and the idempotency item, all or nothing. Taking stock bumps
	 * the product's stock version, so an edit that sets the stock from an older reading is refused.
	 */
	public Placement place(Order order, long productVersion, IdempotencyClaims.@Nullable Claim idempotency,
			@Nullable String requestId) {
		LabelledWrites writes = new LabelledWrites();
		writes.add(STOCK, TransactWriteItem.builder()
			.update(u -> u.tableName(table)
				.key(ProductTable.key(order.productId()))
				.updateExpression("SET quantity = quantity - :n ADD stockVersion :one")
				.conditionExpression("attribute_exists(PK) AND quantity >= :n AND #version = :version")
				.expressionAttributeNames(Map.of("#version", "version"))
				.expressionAttributeValues(
						Map.of(":n", n(order.quantity()), ":version", n(productVersion), ":one", n(1)))
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
			.build());
		writes.add(ORDER, TransactWriteItem.builder()
			.put(p -> p.tableName(table).item(item(order, requestId)).conditionExpression("attribute_not_exists(PK)"))
			.build());
		writes.add(OUTBOX, OrderPipeline.ORDERS.outboxEntry(table, order.id(), order.createdAt()));
		if (idempotency != null) {
			writes.add(IdempotencyClaims.LABEL,
					idempotencyClaims.claim(idempotency, order.id().toString(), order.createdAt()));
		}
		try {
			dynamo.transactWriteItems(b -> b.transactItems(writes.items()));
			return new Placement.Placed();
		}
		catch (TransactionCanceledException ex) {
			return refusal(ex, writes.reasons(ex), order, productVersion, idempotency);
		}
	}

	/** Which condition refused the placement, and so what the caller can do about it. */
	private Placement refusal(TransactionCanceledException ex, LabelledWrites.Cancellation why, Order order,
			long productVersion, IdempotencyClaims.@Nullable Claim idempotency) {
		var used = idempotency == null ? Optional.<IdempotencyClaims.Used>empty()
				: idempotencyClaims.usedAfter(why, idempotency);
		if (used.isPresent()) {
			return new Placement.KeyUsed(used.get());
		}
		if (why.conditionFailed(STOCK)) {
			Map<String, AttributeValue> product = why.item(STOCK);
			if (product == null) {
				product = dynamo
					.getItem(b -> b.tableName(table).key(ProductTable.key(order.productId())).consistentRead(true))
					.item();
			}
			if (product == null || product.isEmpty()) {
				return new Placement.ProductGone();
			}
			if (Attributes.num(product, "version") != productVersion) {
				return new Placement.ProductChanged();
			}
			return new Placement.InsufficientStock(Attributes.num(product, "quantity"));
		}
		if (why.contended()) {
			return new Placement.Contended();
		}
		throw ex;
	}

	/** The order a user's idempotency key already placed, if any. */
	public Optional<Placement.KeyUsed> usedKey(IdempotencyClaims.Claim claim) {
		return idempotencyClaims.find(claim).map(Placement.KeyUsed::new);
	}

	public Optional<TrackedOrder> find(OrderId id) {
		return tracked(dynamo.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true)).item());
	}

	/** An order item as the pipeline sees it; empty for no item (null or empty, as the SDK gives it). */
	static Optional<TrackedOrder> tracked(@Nullable Map<String, AttributeValue> item) {
		if (item == null || item.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new TrackedOrder(order(item), Attributes.optInstant(item, "confirmationSentAt"),
				Attributes.num(item, "failedAttempts"), Attributes.optInstant(item, "firstFailedAt"),
				Attributes.optStr(item, "lastError"), Attributes.optStr(item, "requestId")));
	}

	/** A user's orders, newest first, optionally only those of one status. */
	public Page<Order> listByUser(String userId, Order.@Nullable Status status, int limit, @Nullable String nextToken) {
		String scope = "orders|" + userId + "|" + (status == null ? "" : status.name());
		QueryRequest.Builder query = QueryRequest.builder()
			.tableName(table)
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :user")
			.scanIndexForward(false);
		if (status == null) {
			query.expressionAttributeValues(Map.of(":user", s("USER#" + userId)));
		}
		else {
			query.filterExpression("#status = :status")
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(Map.of(":user", s("USER#" + userId), ":status", s(status.name())));
		}
		return pages.read(query.build(), scope, limit, nextToken, OrderTable::order);
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
		LabelledWrites writes = new LabelledWrites();
		writes.add(ORDER, TransactWriteItem.builder()
			.update(u -> u.tableName(table)
				.key(key(cancelled.id()))
				.updateExpression("SET #status = :cancelled, updatedAt = :now REMOVE GSI2PK, GSI2SK")
				.conditionExpression("#status = :expected")
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(Map.of(":cancelled", s(Order.Status.CANCELLED.name()), ":now",
						time(cancelled.updatedAt()), ":expected", s(expected.name()))))
			.build());
		if (restoreStock) {
			writes.add(STOCK, TransactWriteItem.builder()
				.update(u -> u.tableName(table)
					.key(ProductTable.key(cancelled.productId()))
					.updateExpression("SET quantity = quantity + :n ADD stockVersion :one")
					.conditionExpression("attribute_exists(PK)")
					.expressionAttributeValues(Map.of(":n", n(cancelled.quantity()), ":one", n(1))))
				.build());
		}
		try {
			dynamo.transactWriteItems(b -> b.transactItems(writes.items()));
			return Cancellation.DONE;
		}
		catch (TransactionCanceledException ex) {
			var why = writes.reasons(ex);
			if (why.conditionFailed(ORDER)) {
				return Cancellation.STATUS_CHANGED;
			}
			if (why.conditionFailed(STOCK)) {
				return Cancellation.PRODUCT_GONE;
			}
			throw ex;
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

	private static Map<String, AttributeValue> item(Order order, @Nullable String requestId) {
		Map<String, AttributeValue> item = new HashMap<>(key(order.id()));
		String sort = Attributes.timeKey(order.createdAt(), order.id().toString());
		item.put("GSI1PK", s("USER#" + order.userId()));
		item.put("GSI1SK", s(sort));
		item.put("GSI2PK", s(PendingOrders.PARTITION));
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
		return new Order(new OrderId(java.util.UUID.fromString(Attributes.str(item, "id"))),
				Attributes.str(item, "userId"), Attributes.str(item, "userEmail"), Attributes.str(item, "productId"),
				Attributes.str(item, "productName"), Attributes.num(item, "quantity"),
				Attributes.num(item, "pricePerUnit"),
				Order.Status.valueOf(Attributes.str(item, "status")), Attributes.instant(item, "createdAt"),
				Attributes.instant(item, "updatedAt"));
	}

}
