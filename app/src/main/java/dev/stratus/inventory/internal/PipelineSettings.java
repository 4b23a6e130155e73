package dev.stratus.inventory.internal;

import java.time.Duration;

import dev.stratus.platform.cloud.QueueSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the order pipeline. The visibility timeout is how long a failed message waits before
 * its retry: short locally so failures reach the dead-letter queue in seconds, 180 s on AWS (set by
 * the deployment through {@code STRATUS_ORDERS_VISIBILITY_TIMEOUT}).
 */
@Component
public class PipelineSettings {

	/** A message that fails this many receives moves to the dead-letter queue. */
	static final int MAX_RECEIVES = 3;

	private final int visibilityTimeoutSeconds;

	private final int waitSeconds;

	private final int workers;

	private final Duration relayInterval;

	PipelineSettings(
			@Value("${stratus.orders.visibility-timeout-seconds:${STRATUS_ORDERS_VISIBILITY_TIMEOUT:2}}") int visibilityTimeoutSeconds,
			@Value("${stratus.orders.wait-seconds:1}") int waitSeconds, @Value("${stratus.orders.workers:8}") int workers,
			@Value("${stratus.orders.relay-interval:500ms}") Duration relayInterval) {
		this.visibilityTimeoutSeconds = visibilityTimeoutSeconds;
		this.waitSeconds = waitSeconds;
		this.workers = workers;
		this.relayInterval = relayInterval;
	}

	public QueueSpec queue() {
		return new QueueSpec("orders", MAX_RECEIVES, visibilityTimeoutSeconds);
	}

	int visibilityTimeoutSeconds() {
		return visibilityTimeoutSeconds;
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

}
