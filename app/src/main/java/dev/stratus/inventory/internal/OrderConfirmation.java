package dev.stratus.inventory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.platform.mail.Mail;
import dev.stratus.platform.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Confirms an order from the queue: sends the confirmation email, then sets {@code CONFIRMED}, only
 * over {@code PENDING}. Idempotent: the order records when its email went out (and who is sending
 * it right now), so a duplicate delivery sends no second email and changes nothing, and a cancelled
 * order is never revived.
 */
@Component
public class OrderConfirmation implements JobHandler<OrderId> {

	private static final Logger log = LoggerFactory.getLogger(OrderConfirmation.class);

	private final OrderTable orders;

	private final PendingOrders pending;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public OrderConfirmation(OrderTable orders, PendingOrders pending, Mailer mailer,
			ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.pending = pending;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	/** The mail's longest send: the claim on an order must outlast it. */
	@Override
	public Duration longestStep() {
		return mailer.longestSend();
	}

	/**
	 * Claims the order first and reads it from the claim's answer: one write where a read and a write
	 * went before, on the same lock new orders take on the local DynamoDB.
	 */
	@Override
	public Outcome handle(OrderId id, Attempt attempt) {
		Instant now = clock.instant();
		PendingOrders.Claim claim = pending.claimConfirmation(id, now, now.plus(attempt.claim()));
		Optional<TrackedOrder> found = claim instanceof PendingOrders.Claim.Taken taken ? Optional.of(taken.order())
				: ((PendingOrders.Claim.Refused) claim).order();
		if (found.isEmpty()) {
			log.atWarn().addKeyValue("orderId", id).log("Queued order does not exist; dropping its message");
			return Outcome.DONE;
		}
		TrackedOrder tracked = found.get();
		if (tracked.requestId() != null) {
			MDC.put("requestId", tracked.requestId());
		}
		try {
			return confirm(tracked, claim, attempt);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	private Outcome confirm(TrackedOrder tracked, PendingOrders.Claim claim, Attempt attempt) {
		Order order = tracked.order();
		if (order.status() != Order.Status.PENDING) {
			log.atInfo()
				.addKeyValue("orderId", order.id())
				.addKeyValue("status", order.status())
				.log("Order is no longer pending; nothing to do");
			return Outcome.DONE;
		}
		Instant sentAt = tracked.confirmationSentAt();
		if (sentAt == null) {
			if (claim instanceof PendingOrders.Claim.Refused refused) {
				// Another delivery is sending it right now; this one comes back when it is done.
				log.atInfo().addKeyValue("orderId", order.id()).log("Confirmation is being sent by another delivery");
				return Outcome.busyUntil(refused.heldUntil());
			}
			Instant now = clock.instant();
			try {
				mailer.send(confirmationMail(order));
			}
			catch (Mailer.MailFailedException ex) {
				pending.recordFailure(order.id(), ex.getMessage(), now, clock.instant().plus(attempt.retryDelay()));
				log.atWarn()
					.addKeyValue("orderId", order.id())
					.addKeyValue("receiveCount", attempt.receiveCount())
					.addKeyValue("retryDelay", attempt.retryDelay())
					.log("Confirmation email failed; the queue retries: {}", ex.getMessage());
				return Outcome.FAILED;
			}
			sentAt = clock.instant();
		}
		order.confirm(clock.instant());
		if (orders.confirm(order, sentAt)) {
			order.takeEvents().forEach(events::publishEvent);
			log.atInfo().addKeyValue("orderId", order.id()).addKeyValue("status", "CONFIRMED").log("Order confirmed");
		}
		else {
			log.atInfo().addKeyValue("orderId", order.id())
					.log("Order was cancelled while being confirmed; it stays cancelled");
		}
		return Outcome.DONE;
	}

	@Override
	public Standing standing(OrderId id) {
		Optional<TrackedOrder> found = orders.find(id);
		if (found.isEmpty()) {
			return new Standing.Gone();
		}
		TrackedOrder tracked = found.get();
		if (tracked.order().status() != Order.Status.PENDING) {
			return new Standing.Settled();
		}
		return new Standing.Failing(tracked.failedAttempts(), tracked.firstFailedAt(), tracked.lastError());
	}

	@Override
	public void park(OrderId id) {
		pending.park(id);
	}

	@Override
	public void restart(OrderId id, Instant now) {
		pending.clearFailures(id, now);
	}

	static Mail confirmationMail(Order order) {
		String body = """
				Thank you for your order.

				Order ID:    %s
				Product:     %s
				Quantity:    %d
				Unit price:  %s
				Total:       %s
				Status:      CONFIRMED
				""".formatted(order.id(), order.productName(), order.quantity(), money(order.pricePerUnit()),
				money(order.totalAmount()));
		return new Mail(order.userEmail(), "Order Confirmation - #" + order.id(), body);
	}

	private static String money(long cents) {
		return String.format(Locale.ROOT, "$%d.%02d", cents / 100, cents % 100);
	}

}
