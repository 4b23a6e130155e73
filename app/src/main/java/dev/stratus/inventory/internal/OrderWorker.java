package dev.stratus.inventory.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import dev.stratus.platform.mail.Mail;
import dev.stratus.platform.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Confirms orders from the queue: sends the confirmation email, then sets {@code CONFIRMED}, only
 * over {@code PENDING}. Idempotent: the order records when its email went out (and who is sending
 * it right now), so a duplicate delivery sends no second email and changes nothing. A failure
 * leaves the message on the queue, hidden for the retry delay of its receive count (backing off,
 * so a mail outage of a minute is ridden out); after three receives SQS moves it to the
 * dead-letter queue.
 */
@Component
public class OrderWorker extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(OrderWorker.class);

	private final OrderQueue queue;

	private final OrderTable orders;

	private final Mailer mailer;

	private final PipelineSettings settings;

	private final ApplicationEventPublisher events;

	/** How long this worker holds an order while it sends its email: past the mail's longest send. */
	private final Duration claim;

	OrderWorker(OrderQueue queue, OrderTable orders, Mailer mailer, PipelineSettings settings,
			ApplicationEventPublisher events) {
		super("order-worker", settings.workers());
		this.queue = queue;
		this.orders = orders;
		this.mailer = mailer;
		this.settings = settings;
		this.events = events;
		this.claim = settings.claim(mailer.longestSend());
	}

	/**
	 * Few messages per receive: those waiting behind a slow sibling would outlive their visibility
	 * timeout and come back as duplicates. More threads give the throughput instead.
	 */
	private static final int PER_RECEIVE = 2;

	/** What became of a message. */
	enum Outcome {

		/** Done with: delete it. */
		DONE,
		/** Failed: retry after the delay for its receive count. */
		FAILED,
		/** Another delivery holds the order: look again once its claim has ended. */
		BUSY

	}

	@Override
	void step() {
		String url = queue.url();
		for (Message message : queue.receive(url, settings.waitSeconds(), PER_RECEIVE)) {
			Outcome outcome;
			try {
				outcome = handle(message);
			}
			catch (RuntimeException ex) {
				log.atWarn()
					.addKeyValue("messageId", message.messageId())
					.log("Order message not processed: {}: {}", ex.getClass().getSimpleName(), ex.getMessage());
				outcome = Outcome.FAILED;
			}
			try {
				switch (outcome) {
					case DONE -> queue.delete(url, message);
					case FAILED -> queue.retryAfter(url, message, settings.retryDelay(receiveCount(message)));
					// Back sooner, it would use up its receives while the holder still sends.
					case BUSY -> queue.retryAfter(url, message, claim);
				}
			}
			catch (RuntimeException ex) {
				// This message comes back after its visibility timeout; its siblings go on.
				log.atWarn()
					.addKeyValue("messageId", message.messageId())
					.log("Order message not settled ({}): {}: {}", outcome, ex.getClass().getSimpleName(),
							ex.getMessage());
			}
		}
	}

	Outcome handle(Message message) {
		Optional<OrderId> id = queue.orderId(message);
		if (id.isEmpty()) {
			// Left on the queue: it ends in the dead-letter queue, where an admin sees it.
			log.atError().addKeyValue("messageId", message.messageId()).log("Order queue message is not an order message");
			return Outcome.FAILED;
		}
		Optional<StoredOrder> found = orders.find(id.get());
		if (found.isEmpty()) {
			log.atWarn().addKeyValue("orderId", id.get()).log("Queued order does not exist; dropping its message");
			return Outcome.DONE;
		}
		StoredOrder stored = found.get();
		if (stored.requestId() != null) {
			MDC.put("requestId", stored.requestId());
		}
		try {
			return confirm(stored, receiveCount(message));
		}
		finally {
			MDC.remove("requestId");
		}
	}

	private Outcome confirm(StoredOrder stored, int receiveCount) {
		Order order = stored.order();
		if (order.status() != Order.Status.PENDING) {
			log.atInfo()
				.addKeyValue("orderId", order.id())
				.addKeyValue("status", order.status())
				.log("Order is no longer pending; nothing to do");
			return Outcome.DONE;
		}
		Instant sentAt = stored.confirmationSentAt();
		if (sentAt == null) {
			Instant now = Instant.now();
			if (!orders.claimConfirmation(order.id(), now, now.plus(claim))) {
				// Another delivery is sending it right now; this one comes back later and finds it done.
				log.atInfo().addKeyValue("orderId", order.id()).log("Confirmation is being sent by another delivery");
				return Outcome.BUSY;
			}
			try {
				mailer.send(confirmationMail(order));
			}
			catch (Mailer.MailFailedException ex) {
				Duration delay = settings.retryDelay(receiveCount);
				orders.recordFailure(order.id(), ex.getMessage(), now, Instant.now().plus(delay));
				log.atWarn()
					.addKeyValue("orderId", order.id())
					.addKeyValue("receiveCount", receiveCount)
					.addKeyValue("retryDelay", delay)
					.log("Confirmation email failed; the queue retries: {}", ex.getMessage());
				return Outcome.FAILED;
			}
			sentAt = Instant.now();
		}
		order.confirm(Instant.now());
		if (orders.confirm(order, sentAt)) {
			order.takeEvents().forEach(events::publishEvent);
			log.atInfo().addKeyValue("orderId", order.id()).addKeyValue("status", "CONFIRMED").log("Order confirmed");
		}
		else {
			log.atInfo().addKeyValue("orderId", order.id()).log("Order was cancelled while being confirmed; it stays cancelled");
		}
		return Outcome.DONE;
	}

	static int receiveCount(Message message) {
		String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
		return count == null ? 0 : Integer.parseInt(count);
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
