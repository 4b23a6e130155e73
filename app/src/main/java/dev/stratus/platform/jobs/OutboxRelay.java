package dev.stratus.platform.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves outbox entries to the job's queue, deleting each only after SQS accepted its message, so a
 * crash between "work written" and "message sent" never loses work (at worst it is sent twice,
 * which the handler shrugs off). It runs continuously and is woken right after new work.
 * <p>
 * At start and then every sweep interval it also re-sends the work that is overdue (see
 * {@link JobSettings}): a message can still be lost (an in-memory local cloud restarted, a queue
 * deleted by hand, a worker that died holding it), and this is how the work still gets done.
 * Dead-lettered work is not swept; it waits for an admin.
 */
class OutboxRelay<M> extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int PER_QUERY = 100;

	private final Job<M> job;

	private final Outbox outbox;

	private final JobQueue<M> queue;

	private final Clock clock;

	/** Only the relay's one thread reads and writes it after start. */
	private Instant nextSweep = Instant.MIN;

	OutboxRelay(Job<M> job, Outbox outbox, JobQueue<M> queue, Clock clock) {
		super(job.name() + "-relay", 1);
		this.job = job;
		this.outbox = outbox;
		this.queue = queue;
		this.clock = clock;
	}

	@Override
	void beforeStart() {
		nextSweep = Instant.MIN;
	}

	@Override
	public void step() throws InterruptedException {
		drain();
		if (!clock.instant().isBefore(nextSweep)) {
			// Set first: a sweep that fails waits for the next interval rather than repeating at once.
			nextSweep = clock.instant().plus(job.settings().sweepInterval());
			sweep();
		}
		await(job.settings().relayInterval());
	}

	/** Re-sends the overdue work. @return how many SQS accepted */
	int sweep() {
		List<M> overdue = job.sweep().overdue(clock.instant().minus(job.settings().sweepAfter()));
		if (overdue.isEmpty()) {
			return 0;
		}
		Function<M, String> id = job.spec().subject().id();
		Map<String, M> byId = overdue.stream().collect(Collectors.toMap(id, m -> m, (a, b) -> a));
		Set<String> sent = queue.send(overdue.stream().map(id).toList());
		Instant now = clock.instant();
		sent.forEach(sentId -> job.sweep().resent(byId.get(sentId), now));
		log.atWarn()
			.addKeyValue("job", job.name())
			.addKeyValue("overdue", overdue.size())
			.addKeyValue("resent", sent.size())
			.log("Re-sent overdue work whose messages seem lost");
		return sent.size();
	}

	/** @return how many messages were sent */
	int drain() {
		return drain(this::isRunning);
	}

	/**
	 * Sends everything waiting on the caller's thread, where no relay thread runs (Lambda): after a request wrote
	 * work, and in the scheduled housekeeping pass.
	 * @return how many messages were sent
	 */
	int drainNow() {
		return drain(() -> true);
	}

	private int drain(BooleanSupplier going) {
		int total = 0;
		String attribute = job.spec().subject().attribute();
		while (going.getAsBoolean()) {
			List<String> waiting = outbox.waiting(PER_QUERY);
			if (waiting.isEmpty()) {
				return total;
			}
			Set<String> sent = queue.send(waiting);
			outbox.delete(sent);
			for (String id : sent) {
				log.atDebug().addKeyValue(attribute, id).log("Message sent to the {} queue", job.name());
			}
			total += sent.size();
			if (sent.size() < waiting.size()) {
				log.warn("SQS refused {} of {} {} messages; they stay in the outbox", waiting.size() - sent.size(),
						waiting.size(), job.name());
				return total;
			}
			if (waiting.size() < PER_QUERY) {
				// That was all of it: work written since has nudged the relay, which looks again at once.
				return total;
			}
		}
		return total;
	}

}
