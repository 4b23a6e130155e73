package dev.stratus.bench;

import org.HdrHistogram.Histogram;

/**
 * What one measured load step gave: throughput and latency percentiles in milliseconds. Errors
 * are calls that threw or answered an unexpected status; their latency is not in the percentiles.
 */
record Stats(String name, int clients, long ops, long errors, double seconds, double p50Ms, double p95Ms, double p99Ms,
		double maxMs) {

	/** Histograms record microseconds; see {@link Load}. */
	static Stats of(String name, int clients, Histogram micros, long errors, double seconds) {
		long ops = micros.getTotalCount();
		return new Stats(name, clients, ops, errors, seconds, ms(micros, 50), ms(micros, 95), ms(micros, 99),
				ops == 0 ? 0 : micros.getMaxValue() / 1000.0);
	}

	private static double ms(Histogram micros, double percentile) {
		return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
	}

	double opsPerSecond() {
		return seconds <= 0 ? 0 : ops / seconds;
	}

	/** A new histogram wide enough for one call: 1 µs to 10 minutes, 3 significant digits. */
	static Histogram histogram() {
		return new Histogram(600_000_000L, 3);
	}

}
