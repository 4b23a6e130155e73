package dev.stratus.platform.jobs;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.platform.jobs.JobHandler.Standing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Drains the job's dead-letter queue into dead letters an admin can list, redrive or discard,
 * logging each with its work item's id and emailing every admin one alert. The dead letter's id
 * derives from the message id, so a message seen twice (a crash before its delete) is recorded and
 * alerted once. The work item is parked, so the sweep does not send it round again: it waits for
 * the admin.
 */
class DeadLetterHandler<M> extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);

	private final Job<M> job;

	private final JobQueue<M> queue;

	private final DeadLetterStore deadLetters;

	private final AdminAlerts alerts;

	private final Clock clock;

	DeadLetterHandler(Job<M> job, JobQueue<M> queue, DeadLetterStore deadLetters, AdminAlerts alerts, Clock clock) {
		super(job.name() + "-dead-letters", 1);
		this.job = job;
		this.queue = queue;
		this.deadLetters = deadLetters;
		this.alerts = alerts;
		this.clock = clock;
	}

	@Override
	public void step() {
		String url = queue.deadLetterUrl();
		for (Message message : queue.receive(url, job.settings().waitSeconds(), JobQueue.BATCH)) {
			handle(message);
			queue.delete(url, message);
		}
	}

	/**
	 * Drains the dead-letter queue on the caller's thread without waiting for messages, for the housekeeping pass
	 * on Lambda. @return how many dead-lettered messages it took
	 */
	int drainNow() {
		String url = queue.deadLetterUrl();
		int total = 0;
		List<Message> messages = queue.receive(url, 0, JobQueue.BATCH);
		while (!messages.isEmpty()) {
			for (Message message : messages) {
				handle(message);
				queue.delete(url, message);
			}
			total += messages.size();
			messages = queue.receive(url, 0, JobQueue.BATCH);
		}
		return total;
	}

	private void handle(Message message) {
		Subject<M> subject = job.spec().subject();
		Optional<M> named = queue.read(message);
		Standing standing = named.map(job.handler()::standing).orElse(null);
		if (standing instanceof Standing.Settled) {
			// A stray duplicate of work that was done or withdrawn meanwhile: nothing failed.
			log.atInfo()
				.addKeyValue(subject.attribute(), subject.id().apply(named.get()))
				.log("Dead-lettered message of a settled {} dropped", subject.noun());
			return;
		}
		Standing.Failing failing = standing instanceof Standing.Failing f ? f : null;
		String error = failing != null ? failing.lastError()
				: named.isEmpty() ? "Message is not " + subject.withArticle() + " message"
						: subject.capitalized() + " not found";
		DeadLetter letter = new DeadLetter(
				UUID.nameUUIDFromBytes(message.messageId().getBytes(StandardCharsets.UTF_8)).toString(),
				named.map(subject.id()).orElse("unknown"), error != null ? error : "Processing failed",
				failing != null && failing.attempts() > 0 ? failing.attempts() : JobSettings.MAX_RECEIVES,
				failing != null && failing.firstFailedAt() != null ? failing.firstFailedAt() : clock.instant());
		boolean added = deadLetters.add(letter);
		if (failing != null) {
			// Also when seen again: a crash may have come between recording and parking.
			job.handler().park(named.get());
		}
		if (!added) {
			return;
		}
		log.atError()
			.addKeyValue(subject.attribute(), letter.subjectId())
			.addKeyValue("deadLetterId", letter.id())
			.addKeyValue("receiveCount", letter.receiveCount())
			.log("{} processing failed for good: {}", subject.capitalized(), letter.error());
		alerts.send("ALERT: " + subject.capitalized() + " processing failed (" + letter.subjectId() + ")", """
				%s %s could not be processed after %d attempts.
				Last error: %s
				First failure: %s

				Redrive or discard it under Dead letters (dead letter %s).
				""".formatted(subject.capitalized(), letter.subjectId(), letter.receiveCount(), letter.error(),
				letter.firstFailedAt(), letter.id()));
	}

}
