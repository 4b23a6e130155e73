package dev.stratus.platform.jobs;

import java.time.Duration;
import java.util.List;

import dev.stratus.platform.cloud.QueueSpec;

/**
 * How a job's pipeline runs. A module binds them from its own settings (for orders
 * {@code STRATUS_ORDERS_*}).
 *
 * @param visibilityTimeoutSeconds how long a received message stays hidden while a worker handles it
 * @param waitSeconds the long-poll wait; short so shutdown and tests are quick
 * @param workers worker threads
 * @param relayInterval how often the relay looks at the outbox when nobody nudges it
 * @param retryDelays after the n-th failed receive the message comes back after the n-th delay (the
 * last one for later receives); the third failure goes to the dead-letter queue at once
 * @param sweepInterval how often, and once at start, the relay re-sends overdue work, because the
 * local SQS loses its messages when killed
 * @param sweepAfter when work counts as overdue, measured from when it was last due; it must exceed
 * the longest a message may wait in the queue, or busy queues get (harmless) duplicates
 */
public record JobSettings(int visibilityTimeoutSeconds, int waitSeconds, int workers, Duration relayInterval,
		List<Duration> retryDelays, Duration sweepInterval, Duration sweepAfter) {

	/** A message that fails this many receives moves to the dead-letter queue. */
	public static final int MAX_RECEIVES = 3;

	/** Past the handler's longest step, the time a claim leaves to record the outcome. */
	static final Duration CLAIM_MARGIN = Duration.ofSeconds(2);

	/** The longest SQS lets a message stay hidden. */
	private static final Duration MAX_VISIBILITY = Duration.ofHours(12);

	public JobSettings {
		if (retryDelays.isEmpty() || retryDelays.stream()
			.anyMatch(delay -> delay.isNegative() || delay.compareTo(MAX_VISIBILITY) > 0)) {
			throw new IllegalArgumentException("retry-delays needs one or more delays of 0 to 12 hours: "
					+ retryDelays);
		}
		if (sweepInterval.compareTo(Duration.ZERO) <= 0 || sweepAfter.compareTo(Duration.ZERO) <= 0) {
			throw new IllegalArgumentException("sweep-interval and sweep-after must be positive");
		}
		retryDelays = List.copyOf(retryDelays);
	}

	/** The job's queue, with its dead-letter queue after {@link #MAX_RECEIVES}. */
	public QueueSpec queue(String name) {
		return new QueueSpec(name, MAX_RECEIVES, visibilityTimeoutSeconds);
	}

	/**
	 * How long a worker holds its work item: the visibility timeout, but never less than the
	 * handler's {@code longestStep} and a margin. A claim that ended while a slow mail server still
	 * had the email would let the next delivery of the message send a second one.
	 */
	public Duration claim(Duration longestStep) {
		Duration outlasting = longestStep.plus(CLAIM_MARGIN);
		Duration visibility = Duration.ofSeconds(visibilityTimeoutSeconds);
		return visibility.compareTo(outlasting) > 0 ? visibility : outlasting;
	}

	/**
	 * How long a message that failed on its {@code receiveCount}-th receive stays hidden: zero once
	 * it has used up its receives, so it goes straight to the dead-letter queue.
	 */
	public Duration retryDelay(int receiveCount) {
		if (receiveCount >= MAX_RECEIVES) {
			return Duration.ZERO;
		}
		return retryDelays.get(Math.min(Math.max(receiveCount, 1), retryDelays.size()) - 1);
	}

}
