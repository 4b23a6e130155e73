package dev.stratus.inventory.internal;

import java.time.Duration;
import java.util.List;

import dev.stratus.platform.cloud.QueueSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the order pipeline, each also an environment variable:
 * <ul>
 * <li>{@code STRATUS_ORDERS_VISIBILITY_TIMEOUT} (seconds, default 2; 180 on AWS): how long a
 * received message stays hidden while a worker sends its email. The worker holds the right to send
 * it (its claim) as long, but always longer than the mail may take (see {@link #claim}).</li>
 * <li>{@code STRATUS_ORDERS_RETRY_DELAYS} (default {@code 10s,60s}): after the n-th failed receive
 * the message comes back after the n-th delay (the last one for later receives); the
 * third failure goes to the dead-letter queue at once. The defaults ride out a
 * mail outage of a minute.</li>
 * <li>{@code STRATUS_ORDERS_SWEEP_INTERVAL} (default 30 s): how often, and once at start, the relay
 * re-sends the pending orders that are overdue, because the local SQS loses its messages when
 * killed.</li>
 * <li>{@code STRATUS_ORDERS_SWEEP_AFTER} (default 60 s): when a pending order counts as overdue,
 * measured from its last send, its worker's claim expiring, or its scheduled retry, whichever is
 * latest. It must exceed the longest a message can legitimately wait in the queue before a worker
 * takes it (the backlog), or busy queues get duplicate messages: harmless (the worker is
 * idempotent) but wasted work.</li>
 * </ul>
 */
@Component
public class PipelineSettings {

	/** A message that fails this many receives moves to the dead-letter queue. */
	static final int MAX_RECEIVES = 3;

	/** Past the mail's longest send, the time a claim leaves to record the email as sent. */
	static final Duration CLAIM_MARGIN = Duration.ofSeconds(2);

	/** The longest SQS lets a message stay hidden. */
	private static final Duration MAX_VISIBILITY = Duration.ofHours(12);

	private final int visibilityTimeoutSeconds;

	private final int waitSeconds;

	private final int workers;

	private final Duration relayInterval;

	private final List<Duration> retryDelays;

	private final Duration sweepInterval;

	private final Duration sweepAfter;

	PipelineSettings(
			@Value("${stratus.orders.visibility-timeout-seconds:${STRATUS_ORDERS_VISIBILITY_TIMEOUT:2}}") int visibilityTimeoutSeconds,
			@Value("${stratus.orders.wait-seconds:1}") int waitSeconds, @Value("${stratus.orders.workers:8}") int workers,
			@Value("${stratus.orders.relay-interval:500ms}") Duration relayInterval,
			@Value("${stratus.orders.retry-delays:${STRATUS_ORDERS_RETRY_DELAYS:10s,60s}}") List<Duration> retryDelays,
			@Value("${stratus.orders.sweep-interval:${STRATUS_ORDERS_SWEEP_INTERVAL:30s}}") Duration sweepInterval,
			@Value("${stratus.orders.sweep-after:${STRATUS_ORDERS_SWEEP_AFTER:60s}}") Duration sweepAfter) {
		if (retryDelays.isEmpty() || retryDelays.stream()
			.anyMatch(delay -> delay.isNegative() || delay.compareTo(MAX_VISIBILITY) > 0)) {
			throw new IllegalArgumentException(
					"stratus.orders.retry-delays needs one or more delays of 0 to 12 hours: " + retryDelays);
		}
		if (sweepInterval.compareTo(Duration.ZERO) <= 0 || sweepAfter.compareTo(Duration.ZERO) <= 0) {
			throw new IllegalArgumentException("stratus.orders.sweep-interval and sweep-after must be positive");
		}
		this.visibilityTimeoutSeconds = visibilityTimeoutSeconds;
		this.waitSeconds = waitSeconds;
		this.workers = workers;
		this.relayInterval = relayInterval;
		this.retryDelays = List.copyOf(retryDelays);
		this.sweepInterval = sweepInterval;
		this.sweepAfter = sweepAfter;
	}

	public QueueSpec queue() {
		return new QueueSpec("orders", MAX_RECEIVES, visibilityTimeoutSeconds);
	}

	int visibilityTimeoutSeconds() {
		return visibilityTimeoutSeconds;
	}

	/**
	 * How long a worker holds the right to send an order's email: the visibility timeout, but never
	 * less than {@code longestMailSend} and a margin. A claim that ended while a slow mail server still
	 * had the email would let the next delivery of the message send a second one.
	 */
	Duration claim(Duration longestMailSend) {
		Duration outlasting = longestMailSend.plus(CLAIM_MARGIN);
		Duration visibility = Duration.ofSeconds(visibilityTimeoutSeconds);
		return visibility.compareTo(outlasting) > 0 ? visibility : outlasting;
	}

	/** Long-poll wait; short so shutdown and tests are quick. */
	int waitSeconds() {
		return waitSeconds;
	}

	int workers() {
		return workers;
	}

	Duration relayInterval() {
		return relayInterval;
	}

	/**
	 * How long a message that failed on its {@code receiveCount}-th receive stays hidden: zero once
	 * it has used up its receives, so it goes straight to the dead-letter queue.
	 */
	Duration retryDelay(int receiveCount) {
		if (receiveCount >= MAX_RECEIVES) {
			return Duration.ZERO;
		}
		return retryDelays.get(Math.min(Math.max(receiveCount, 1), retryDelays.size()) - 1);
	}

	Duration sweepInterval() {
		return sweepInterval;
	}

	Duration sweepAfter() {
		return sweepAfter;
	}

}
