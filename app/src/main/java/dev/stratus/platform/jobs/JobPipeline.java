package dev.stratus.platform.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.stratus.platform.Page;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * One job, running: its relay, workers and dead-letter handler start and stop with the application.
 * The module nudges it after writing work, and its admin API lists, redrives and discards the dead
 * letters through it.
 * <p>
 * On Lambda ({@code STRATUS_RUNTIME=lambda}) none of the three loops starts, since a frozen instance runs no
 * thread: SQS triggers a function per job that {@link #deliver}s each message, a scheduled function
 * {@link #housekeep}s, and a nudge sends the outbox on the request's own thread before it answers.
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

	private final boolean loops;

	JobPipeline(Job<M> job, JobQueue<M> queue, Outbox outbox, DeadLetterStore deadLetters, AdminAlerts alerts,
			Clock clock, boolean loops) {
		this.loops = loops;
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

	/**
	 * The outbox entry for {@code subject}, for the module's transaction that writes the work; {@link #nudge} once
	 * that is committed.
	 */
	public TransactWriteItem outboxEntry(M subject, Instant at) {
		return job.spec().outboxEntry(outbox.table(), subject, at);
	}

	/**
	 * Sends what is in the outbox now rather than at the relay's next tick. Without loops (Lambda) it sends
	 * on the caller's thread, so the work the request just wrote is on its queue before the answer; should SQS
	 * refuse, the entries wait in the outbox for the next housekeeping pass and the request still succeeds.
	 */
	public void nudge() {
		if (loops) {
			relay.wake();
			return;
		}
		try {
			relay.drainNow();
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("job", job.name())
				.log("Outbox not relayed now, housekeeping will: {}: {}", ex.getClass().getSimpleName(),
						ex.getMessage());
		}
	}

	/**
	 * Hands a message that SQS delivered to a function (Lambda's SQS trigger) to the job's handler, exactly as
	 * the in-process worker does, and settles it the same way.
	 * @return whether it is finished with; false when it must go back to the queue (a failure, or busy), which
	 * the function reports as a failed batch item
	 */
	public boolean deliver(Message message) {
		return worker.deliver(queue.url(), message);
	}

	/**
	 * One pass of what the loops do between deliveries: the outbox sent, overdue work re-sent, the dead-letter
	 * queue turned into dead letters. Each part is idempotent, so passes may overlap or repeat.
	 */
	public Housekeeping housekeep() {
		return new Housekeeping(job.name(), relay.drainNow(), relay.sweep(), deadLetterHandler.drainNow());
	}

	/**
	 * What one {@link #housekeep} pass did.
	 * @param relayed outbox entries sent
	 * @param resent overdue work items sent again
	 * @param deadLettered dead-lettered messages recorded
	 */
	public record Housekeeping(String job, int relayed, int resent, int deadLettered) {
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
		if (!loops) {
			log.atDebug().addKeyValue("job", job.name()).log("No background loops: triggered functions do the work");
			return;
		}
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
