package dev.stratus.inventory.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.inventory.DeadLetter;
import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Drains the orders dead-letter queue into dead-letter items an admin can list, redrive or discard,
 * logging each with its order id and emailing every admin one alert. The item's id derives from
 * the message id, so a message seen twice (a crash before its delete) is recorded and alerted once.
 * The order stays {@code PENDING} but leaves the pending orders, so the relay's sweep does not send
 * it round again: it waits for the admin.
 */
@Component
public class DeadLetterHandler extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);

	private final OrderQueue queue;

	private final OrderTable orders;

	private final DeadLetterTable deadLetters;

	private final AdminAlerts alerts;

	private final PipelineSettings settings;

	DeadLetterHandler(OrderQueue queue, OrderTable orders, DeadLetterTable deadLetters, AdminAlerts alerts,
			PipelineSettings settings) {
		super("dead-letter-handler", 1);
		this.queue = queue;
		this.orders = orders;
		this.deadLetters = deadLetters;
		this.alerts = alerts;
		this.settings = settings;
	}

	@Override
	void step() {
		String url = queue.deadLetterUrl();
		for (Message message : queue.receive(url, settings.waitSeconds(), OrderQueue.BATCH)) {
			handle(message);
			queue.delete(url, message);
		}
	}

	private void handle(Message message) {
		Optional<OrderId> orderId = queue.orderId(message);
		Optional<StoredOrder> stored = orderId.flatMap(orders::find);
		if (stored.isPresent() && stored.get().order().status() != Order.Status.PENDING) {
			// A stray duplicate of an order that was confirmed or cancelled meanwhile: nothing failed.
			log.atInfo().addKeyValue("orderId", orderId.get()).log("Dead-lettered message of a settled order dropped");
			return;
		}
		String error = stored.map(StoredOrder::lastError)
			.orElse(orderId.isEmpty() ? "Message is not an order message" : "Order not found");
		DeadLetter letter = new DeadLetter(
				UUID.nameUUIDFromBytes(message.messageId().getBytes(StandardCharsets.UTF_8)).toString(),
				orderId.map(OrderId::toString).orElse("unknown"), error != null ? error : "Processing failed",
				stored.map(StoredOrder::failedAttempts).filter(n -> n > 0).orElse((long) PipelineSettings.MAX_RECEIVES),
				stored.map(StoredOrder::firstFailedAt).orElse(Instant.now()));
		boolean added = deadLetters.add(letter);
		// Also when seen again: a crash may have come between recording and parking.
		stored.ifPresent(order -> orders.park(order.order().id()));
		if (!added) {
			return;
		}
		log.atError()
			.addKeyValue("orderId", letter.orderId())
			.addKeyValue("deadLetterId", letter.id())
			.addKeyValue("receiveCount", letter.receiveCount())
			.log("Order processing failed for good: {}", letter.error());
		alerts.send("ALERT: Order processing failed (" + letter.orderId() + ")", """
				Order %s could not be processed after %d attempts.
				Last error: %s
				First failure: %s

				Redrive or discard it under Dead letters (dead letter %s).
				""".formatted(letter.orderId(), letter.receiveCount(), letter.error(), letter.firstFailedAt(),
				letter.id()));
	}

}
