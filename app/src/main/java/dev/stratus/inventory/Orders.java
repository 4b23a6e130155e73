package dev.stratus.inventory;

import java.time.Clock;
import java.util.Objects;

import dev.stratus.inventory.internal.LowStockAlerts;
import dev.stratus.inventory.internal.OrderTable;
import dev.stratus.inventory.internal.OrderTable.Placement;
import dev.stratus.inventory.internal.PipelineMetrics;
import dev.stratus.inventory.internal.RecentProducts;
import dev.stratus.inventory.internal.TrackedOrder;
import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.errors.InsufficientStock;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.web.RequestIds;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Placing, reading and cancelling orders. Placing takes the stock and writes the order with its
 * outbox item in one transaction, so concurrent orders never oversell and no order misses the
 * pipeline; the pipeline's relay is woken to send it at once.
 */
@Service
public class Orders {

	/** The order pipeline's job: its queue, and the name its dead letters are listed under. */
	public static final String JOB = "orders";

	private static final Logger log = LoggerFactory.getLogger(Orders.class);

	/** Retries when the product was edited or (on AWS) another transaction held it. */
	private static final int ATTEMPTS = 5;

	private final OrderTable table;

	private final RecentProducts products;

	private final JobPipeline<OrderId> orderJob;

	private final LowStockAlerts lowStock;

	private final PipelineMetrics metrics;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Orders(OrderTable table, RecentProducts products, JobPipeline<OrderId> orderJob, LowStockAlerts lowStock,
			PipelineMetrics metrics, ApplicationEventPublisher events, Clock clock) {
		this.table = table;
		this.products = products;
		this.orderJob = orderJob;
		this.lowStock = lowStock;
		this.metrics = metrics;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param idempotencyKey when given, a retry with the same key and the same product and quantity
	 * returns the first order ({@code replayed}); with another body it is a {@code CONFLICT}
	 * @throws NotFound (product), {@link InsufficientStock}, {@link Conflict}
	 */
	public Placed place(CurrentUser customer, String productId, long quantity, @Nullable String idempotencyKey) {
		IdempotencyClaims.Claim idempotency = idempotencyKey == null ? null
				: new IdempotencyClaims.Claim(customer.id(), idempotencyKey, productId + "|" + quantity);
		if (idempotency != null) {
			var used = table.usedKey(idempotency);
			if (used.isPresent()) {
				return replay(used.get(), idempotency);
			}
		}
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			// The product as last seen where that was lately: the transaction's conditions catch a stale one.
			Product product = (attempt == 0 ? products.find(productId) : products.fresh(productId))
				.orElseThrow(() -> new NotFound("Product"));
			if (product.quantity() < quantity) {
				product = products.fresh(productId).orElseThrow(() -> new NotFound("Product"));
				if (product.quantity() < quantity) {
					throw insufficient(quantity, product.quantity());
				}
			}
			Order order = Order.place(customer.id(), Objects.requireNonNullElse(customer.email(), ""), product,
					quantity, clock.instant());
			Placement placement = table.place(order, product.version(), idempotency, RequestIds.current());
			if (placement instanceof Placement.Placed) {
				products.taken(productId, quantity);
				log.atInfo()
					.addKeyValue("orderId", order.id())
					.addKeyValue("productId", productId)
					.addKeyValue("quantity", quantity)
					.addKeyValue("status", order.status())
					.log("Order placed");
				order.takeEvents().forEach(events::publishEvent);
				orderJob.nudge();
				lowStock.afterOrder(product, quantity);
				return new Placed(order, false);
			}
			if (placement instanceof Placement.ProductGone) {
				products.forget(productId);
				throw new NotFound("Product");
			}
			if (placement instanceof Placement.InsufficientStock refused) {
				products.forget(productId);
				throw insufficient(quantity, refused.available());
			}
			if (placement instanceof Placement.KeyUsed used) {
				return replay(used, idempotency);
			}
			// ProductChanged (name or price edited under us) or Contended: read the product again.
		}
		throw new Unavailable("The product is too busy right now; try again");
	}

	/** An order as placed now, or as placed by the first request with the same idempotency key. */
	public record Placed(Order order, boolean replayed) {
	}

	private Placed replay(Placement.KeyUsed used, IdempotencyClaims.@Nullable Claim idempotency) {
		String orderId = used.used().replaying(Objects.requireNonNull(idempotency), "order").resultId();
		Order first = OrderId.parse(Objects.requireNonNull(orderId))
			.flatMap(table::find)
			.map(TrackedOrder::order)
			.orElseThrow(() -> new NotFound("Order"));
		log.atInfo().addKeyValue("orderId", first.id()).log("Idempotent retry answered with the first order");
		return new Placed(first, true);
	}

	private InsufficientStock insufficient(long requested, long available) {
		metrics.insufficientStock();
		return new InsufficientStock(requested, available);
	}

	/** @throws NotFound, or {@link Forbidden} for another user's order */
	public Order find(CurrentUser caller, String id) {
		Order order = OrderId.parse(id)
			.flatMap(table::find)
			.map(TrackedOrder::order)
			.orElseThrow(() -> new NotFound("Order"));
		if (!order.isOwnedBy(caller.id()) && !caller.isAdmin()) {
			throw new Forbidden("This order belongs to another user");
		}
		return order;
	}

	/** The caller's orders, newest first, optionally of one status. */
	public Page<Order> list(CurrentUser caller, Order.@Nullable Status status, int limit,
			@Nullable String nextToken) {
		return table.listByUser(caller.id(), status, limit, nextToken);
	}

	/**
	 * Cancels and restores the stock, in one transaction, exactly once.
	 * @throws NotFound, {@link Forbidden}, {@link Conflict} when already cancelled
	 */
	public Order cancel(CurrentUser caller, String id) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Order order = find(caller, id);
			Order.Status before = order.status();
			try {
				order.cancel(clock.instant());
			}
			catch (IllegalStateException alreadyCancelled) {
				throw new Conflict("Order is already cancelled");
			}
			OrderTable.Cancellation outcome = table.cancel(order, before, true);
			if (outcome == OrderTable.Cancellation.PRODUCT_GONE) {
				outcome = table.cancel(order, before, false);
			}
			if (outcome == OrderTable.Cancellation.DONE) {
				log.atInfo()
					.addKeyValue("orderId", order.id())
					.addKeyValue("previousStatus", before)
					.addKeyValue("status", order.status())
					.log("Order cancelled");
				order.takeEvents().forEach(events::publishEvent);
				lowStock.afterRestock(order.productId());
				return order;
			}
			// The worker confirmed it meanwhile: read it again and cancel the confirmed order.
		}
		throw new Conflict("The order keeps changing; try again");
	}

}
