package dev.stratus.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import dev.stratus.platform.jobs.JobHandler.Attempt;
import dev.stratus.platform.jobs.JobHandler.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Hands the job's messages to its handler and settles each by the outcome. A failure leaves the
 * message on the queue, hidden for the retry delay of its receive count (backing off, so an outage
 * of a minute is ridden out); after three receives SQS moves it to the dead-letter queue. A message
 * whose work item another delivery holds is hidden until that delivery's claim ends; being busy is no failure,
 * so on its last receive it is sent again as a new message instead, which SQS counts from one.
 */
class JobWorker<M> extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

	/**
	 * Few messages per receive: those waiting behind a slow sibling would outlive their visibility
	 * timeout and come back as duplicates. More threads give the throughput instead.
	 */
	private static final int PER_RECEIVE = 2;

	private static final Duration AT_LEAST_BUSY = Duration.ofSeconds(1);

	private final Job<M> job;

	private final JobQueue<M> queue;

	/** How long a handler holds its work item: past its longest step. */
	private final Duration claim;

	private final Clock clock;

	JobWorker(Job<M> job, JobQueue<M> queue, Clock clock) {
		super(job.name() + "-worker", job.settings().workers());
		this.job = job;
		this.queue = queue;
		this.claim = job.settings().claim(job.handler().longestStep());
		this.clock = clock;
	}

	@Override
	public void step() {
		String url = queue.url();
		for (Message message : queue.receive(url, job.settings().waitSeconds(), PER_RECEIVE)) {
			deliver(url, message);
		}
	}

	/**
	 * Hands one received message to the handler and settles it by the outcome: this loop's step, and on Lambda
	 * each record of an SQS-triggered batch.
	 * @return whether the message is finished with (done, or sent again as a new message); false when it stays on
	 * the queue to come back after its delay, counting one more receive
	 */
	boolean deliver(String url, Message message) {
		Outcome outcome;
		try {
			outcome = handle(message);
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("messageId", message.messageId())
				.log("{} message not processed: {}: {}", subject().capitalized(), ex.getClass().getSimpleName(),
						ex.getMessage());
			outcome = Outcome.FAILED;
		}
		boolean resent = outcome instanceof Outcome.Busy && lastReceive(message);
		try {
			if (outcome instanceof Outcome.Busy busy && resent) {
				queue.resendAfter(url, message, untilClaimEnds(busy));
			}
			else if (outcome instanceof Outcome.Busy busy) {
				queue.retryAfter(url, message, untilClaimEnds(busy));
			}
			else if (outcome instanceof Outcome.Failed) {
				queue.retryAfter(url, message, job.settings().retryDelay(JobQueue.receiveCount(message)));
			}
			else {
				queue.delete(url, message);
			}
		}
		catch (RuntimeException ex) {
			// This message comes back after its visibility timeout; its siblings go on.
			log.atWarn()
				.addKeyValue("messageId", message.messageId())
				.log("{} message not settled ({}): {}: {}", subject().capitalized(), outcome,
						ex.getClass().getSimpleName(), ex.getMessage());
		}
		return outcome instanceof Outcome.Done || resent;
	}

	private static boolean lastReceive(Message message) {
		return JobQueue.receiveCount(message) >= JobSettings.MAX_RECEIVES;
	}

	/**
	 * Hidden until the holder's claim ends, when the holder is done or has died: at least a second
	 * (SQS counts whole seconds; zero would hand it straight back), at most a claim of our own.
	 */
	private Duration untilClaimEnds(Outcome.Busy busy) {
		Duration left = Duration.between(clock.instant(), busy.claimEndsAt());
		if (left.compareTo(AT_LEAST_BUSY) < 0) {
			return AT_LEAST_BUSY;
		}
		return left.compareTo(claim) > 0 ? claim : left;
	}

	Outcome handle(Message message) {
		Optional<M> named = queue.read(message);
		if (named.isEmpty()) {
			// Left on the queue: it ends in the dead-letter queue, where an admin sees it.
			log.atError()
				.addKeyValue("messageId", message.messageId())
				.log("{} queue message is not {} message", subject().capitalized(), subject().withArticle());
			return Outcome.FAILED;
		}
		int receiveCount = JobQueue.receiveCount(message);
		return job.handler()
			.handle(named.get(), new Attempt(receiveCount, job.settings().retryDelay(receiveCount), claim));
	}

	private Subject<M> subject() {
		return job.spec().subject();
	}

}
