package dev.stratus.platform.workflow;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * One {@code Retry} entry: the n-th retry (from 0) waits {@code IntervalSeconds × BackoffRate^n},
 * at most {@code MaxDelaySeconds}, for at most {@code MaxAttempts} retries.
 */
record Retrier(List<String> errorEquals, int intervalSeconds, int maxAttempts, double backoffRate,
		@Nullable Integer maxDelaySeconds, boolean fullJitter) {

	static final int DEFAULT_INTERVAL_SECONDS = 1;

	static final int DEFAULT_MAX_ATTEMPTS = 3;

	static final double DEFAULT_BACKOFF_RATE = 2.0;

	/** The wait before the retry that follows {@code retriesSoFar} retries. */
	Duration delay(int retriesSoFar) {
		double seconds = intervalSeconds * Math.pow(backoffRate, retriesSoFar);
		if (maxDelaySeconds != null) {
			seconds = Math.min(seconds, maxDelaySeconds);
		}
		if (fullJitter) {
			seconds = ThreadLocalRandom.current().nextDouble(seconds);
		}
		return Duration.ofMillis(Math.round(seconds * 1000));
	}

}
