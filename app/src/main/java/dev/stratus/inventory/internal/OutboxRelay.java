package dev.stratus.inventory.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves outbox items to the orders queue, deleting each only after SQS accepted its message, so a
 * crash between "order written" and "message sent" never loses an order (at worst it is sent twice,
 * which the worker shrugs off). It runs continuously, is woken right after each order, and on start
 * also re-sends every order still pending after a minute: the local SQS keeps messages in memory,
 * and this is how its contents survive a restart.
 */
@Component
public class OutboxRelay extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration STALE_PENDING = Duration.ofMinutes(1);

	private static final int PER_QUERY = 100;

	private final OrderTable orders;

	private final OrderQueue queue;

	private final PipelineSettings settings;

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
		try {
			List<String> stale = orders.pendingBefore(Instant.now().minus(STALE_PENDING));
			if (!stale.isEmpty()) {
				Set<String> sent = queue.send(stale);
				log.info("Re-sent {} orders still pending after a minute", sent.size());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not re-send pending orders at start: {}", ex.getMessage());
		}
	}

	@Override
	void step() throws InterruptedException {
		drain();
		await(settings.relayInterval());
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
