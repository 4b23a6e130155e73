package dev.stratus.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves outbox items to the orders queue, deleting each only after SQS accepted its message, so a
 * crash between "order written" and "message sent" never loses an order (at worst it is sent twice,
 * which the worker shrugs off). It runs continuously and is woken right after each order.
 * <p>
 * At start and then every sweep interval it also re-sends the pending orders that are overdue (see
 * {@link PipelineSettings}): the local SQS keeps messages in memory, so a message sent just before
 * a {@code kill -9} or a restart of the local cloud is gone, and this is how the order still gets
 * confirmed. Dead-lettered orders are not swept; they wait for an admin.
 */
@Component
public class OutboxRelay extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int PER_QUERY = 100;

	private final OrderTable orders;

	private final OrderQueue queue;

	private final PipelineSettings settings;

	/** Only the relay's one thread reads and writes it after start. */
	private Instant nextSweep = Instant.MIN;

	OutboxRelay(OrderTable orders, OrderQueue queue, PipelineSettings settings) {
		super("outbox-relay", 1);
		this.orders = orders;
		this.queue = queue;
		this.settings = settings;
	}

	/** Sends what is in the outbox now rather than at the next tick. */
	public void nudge() {
		wake();
	}

	@Override
	void beforeStart() {
		nextSweep = Instant.MIN;
	}

	@Override
	void step() throws InterruptedException {
		drain();
		if (!Instant.now().isBefore(nextSweep)) {
			// Set first: a sweep that fails waits for the next interval rather than repeating at once.
			nextSweep = Instant.now().plus(settings.sweepInterval());
			sweep();
		}
		await(settings.relayInterval());
	}

	/** Re-sends the overdue pending orders. @return how many SQS accepted */
	int sweep() {
		List<String> overdue = orders.overdue(Instant.now().minus(settings.sweepAfter()));
		if (overdue.isEmpty()) {
			return 0;
		}
		Set<String> sent = queue.send(overdue);
		Instant now = Instant.now();
		sent.forEach(orderId -> orders.resent(orderId, now));
		log.atWarn()
			.addKeyValue("overdue", overdue.size())
			.addKeyValue("resent", sent.size())
			.log("Re-sent pending orders whose messages seem lost");
		return sent.size();
	}

	/** @return how many messages were sent */
	int drain() {
		int total = 0;
		while (stillRunning()) {
			List<String> waiting = orders.outbox(PER_QUERY);
			if (waiting.isEmpty()) {
				return total;
			}
			Set<String> sent = queue.send(waiting);
			for (String orderId : sent) {
				orders.deleteOutbox(orderId);
				log.atDebug().addKeyValue("orderId", orderId).log("Order message sent to the queue");
			}
			total += sent.size();
			if (sent.size() < waiting.size()) {
				log.warn("SQS refused {} of {} order messages; they stay in the outbox", waiting.size() - sent.size(),
						waiting.size());
				return total;
			}
		}
		return total;
	}

}
