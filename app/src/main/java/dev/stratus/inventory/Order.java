package dev.stratus.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order: a snapshot of what was bought at which price, and its status. The status only moves
 * through the guarded verbs {@link #confirm} and {@link #cancel}; each records an event that the
 * caller publishes once the change is stored.
 */
public final class Order {

	public enum Status {

		PENDING, CONFIRMED, CANCELLED

	}

	/** The most one order may take; an order has one line, so this also caps its total. */
	public static final long MAX_QUANTITY = 1_000;

	private final OrderId id;

	private final String userId;

	private final String userEmail;

	private final String productId;

	private final String productName;

	private final long quantity;

	private final long pricePerUnit;

	private final Instant createdAt;

	private Status status;

	private Instant updatedAt;

	private final List<Object> events = new ArrayList<>();

	public Order(OrderId id, String userId, String userEmail, String productId, String productName, long quantity,
			long pricePerUnit, Status status, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.userId = userId;
		this.userEmail = userEmail;
		this.productId = productId;
		this.productName = productName;
		this.quantity = quantity;
		this.pricePerUnit = pricePerUnit;
		this.status = status;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	/** A new order for {@code quantity} of {@code product}, at its current price. */
	public static Order place(String userId, String userEmail, Product product, long quantity, Instant now) {
		Order order = new Order(OrderId.random(), userId, userEmail, product.id(), product.name(), quantity,
				product.price(), Status.PENDING, now, now);
		order.events.add(new OrderPlaced(order.id, product.id(), quantity, now));
		return order;
	}

	/**
	 * @throws IllegalStateException unless the order is {@code PENDING}: a cancelled order is never
	 * confirmed, a confirmed one not twice
	 */
	public void confirm(Instant now) {
		if (status != Status.PENDING) {
			throw new IllegalStateException("Order " + id + " is " + status + ", only PENDING can be confirmed");
		}
		status = Status.CONFIRMED;
		updatedAt = now;
		events.add(new OrderConfirmed(id, createdAt, now));
	}

	/**
	 * @throws IllegalStateException when the order is already {@code CANCELLED}
	 */
	public void cancel(Instant now) {
		if (status == Status.CANCELLED) {
			throw new IllegalStateException("Order " + id + " is already CANCELLED");
		}
		status = Status.CANCELLED;
		updatedAt = now;
		events.add(new OrderCancelled(id, productId, quantity, now));
	}

	public boolean isOwnedBy(String someUserId) {
		return userId.equals(someUserId);
	}

	/** @throws ArithmeticException rather than a wrapped total; the bounds keep it below 10^11 */
	public long totalAmount() {
		return Math.multiplyExact(quantity, pricePerUnit);
	}

	/** The events recorded since the last call, to publish after the change is stored. */
	public List<Object> takeEvents() {
		List<Object> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	public OrderId id() {
		return id;
	}

	public String userId() {
		return userId;
	}

	public String userEmail() {
		return userEmail;
	}

	public String productId() {
		return productId;
	}

	public String productName() {
		return productName;
	}

	public long quantity() {
		return quantity;
	}

	public long pricePerUnit() {
		return pricePerUnit;
	}

	public Status status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public record OrderPlaced(OrderId orderId, String productId, long quantity, Instant at) {
	}

	public record OrderConfirmed(OrderId orderId, Instant placedAt, Instant at) {
	}

	public record OrderCancelled(OrderId orderId, String productId, long quantity, Instant at) {
	}

}
