package dev.stratus.platform.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.stratus.platform.Page;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One job, running: its relay, workers and dead-letter handler start and stop with the application.
 * The module nudges it after writing work, and its admin API lists, redrives and discards the dead
 * letters through it.
 */
public class JobPipeline<M> implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobPipeline.class);

	private final Job<M> job;

	private final JobQueue<M> queue;

	private final Outbox outbox;

	private final DeadLetterStore deadLetters;

	private final OutboxRelay<M> relay;

	private final JobWorker<M> worker;

	private final DeadLetterHandler<M> deadLetterHandler;

	private final Clock clock;

	JobPipeline(Job<M> job, JobQueue<M> queue, Outbox outbox, DeadLetterStore deadLetters, AdminAlerts alerts,
			Clock clock) {
		this.job = job;
		this.queue = queue;
		this.outbox = outbox;
		this.deadLetters = deadLetters;
		this.clock = clock;
		this.relay = new OutboxRelay<>(job, outbox, queue, clock);
		this.worker = new JobWorker<>(job, queue, clock);
		this.deadLetterHandler = new DeadLetterHandler<>(job, queue, deadLetters, alerts, clock);
	}

	public Job<M> job() {
		return job;
	}

	/** Sends what is in the outbox now rather than at the relay's next tick. */
	public void nudge() {
		relay.wake();
	}

	/** Sends messages straight to the queue, past the outbox. @return those SQS accepted */
	public List<M> send(List<M> messages) {
		Set<String> sent = queue.send(messages.stream().map(job.spec().subject().id()).toList());
		return messages.stream().filter(message -> sent.contains(job.spec().subject().id().apply(message))).toList();
	}

	/** The oldest outbox entries, not yet sent. */
	public List<M> outbox(int limit) {
		return outbox.waiting(limit).stream().flatMap(id -> job.spec().subject().parse().apply(id).stream()).toList();
	}

	/**
	 * The dead letters, newest first, a page at a time.
	 * @throws dev.stratus.platform.errors.InvalidInput for a {@code nextToken} another list issued
	 */
	public Page<DeadLetter> deadLetters(int limit, @Nullable String nextToken) {
		return deadLetters.list(limit, nextToken);
	}

	public Optional<DeadLetter> deadLetter(String id) {
		return deadLetters.find(id);
	}

	/** How many dead letters wait for an admin. */
	public long deadLetterCount() {
		return deadLetters.count();
	}

	/** Sends the dead letter's work through again, its attempts counted afresh, and drops the letter. */
	public Redrive redrive(DeadLetter letter) {
		Subject<M> subject = job.spec().subject();
		Optional<M> named = subject.parse().apply(letter.subjectId());
		if (named.isEmpty()) {
			return Redrive.NAMES_NOTHING;
		}
		job.handler().restart(named.get(), clock.instant());
		if (queue.send(List.of(letter.subjectId())).isEmpty()) {
			return Redrive.REFUSED;
		}
		deadLetters.delete(letter.id());
		log.atInfo()
			.addKeyValue("deadLetterId", letter.id())
			.addKeyValue(subject.attribute(), letter.subjectId())
			.log("Dead letter redriven");
		return Redrive.SENT;
	}

	/** Drops the dead letter; the work item stays as it is. @return false when there was none */
	public boolean discard(String id) {
		if (!deadLetters.delete(id)) {
			return false;
		}
		log.atInfo().addKeyValue("deadLetterId", id).log("Dead letter discarded");
		return true;
	}

	/** The relay, for tests that stop it to look at the outbox. */
	public BackgroundLoop relay() {
		return relay;
	}

	/** The workers, for tests that stop them or drive them one step at a time. */
	public BackgroundLoop worker() {
		return worker;
	}

	/** The queue's URL, for tests that look at what waits in it. */
	public String queueUrl() {
		return queue.url();
	}

	public String deadLetterQueueUrl() {
		return queue.deadLetterUrl();
	}

	@Override
	public void start() {
		relay.start();
		worker.start();
		deadLetterHandler.start();
	}

	@Override
	public void stop() {
		relay.stop();
		worker.stop();
		deadLetterHandler.stop();
	}

	@Override
	public boolean isRunning() {
		return relay.isRunning() || worker.isRunning() || deadLetterHandler.isRunning();
	}

}
