package dev.stratus.localcloud;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One statistic of a metric per period, as GetMetricData computes it: periods start at the query's
 * start (to the minute, or to the second for high-resolution periods), and a period with no sample
 * has no datapoint.
 */
final class MetricStats {

	/** One datapoint of a result. */
	record Datapoint(Instant timestamp, double value) {
	}

	private MetricStats() {
	}

	/** @throws AwsError {@code InvalidParameterValue} for a period CloudWatch does not take */
	static void checkPeriod(int period) {
		boolean highResolution = period == 1 || period == 5 || period == 10 || period == 30;
		if (!highResolution && (period <= 0 || period % 60 != 0)) {
			throw AwsError.invalidParameter("The parameter Period must be 1, 5, 10, 30 or a multiple of 60, got "
					+ period + ".");
		}
	}

	/** The datapoints of {@code samples} in {@code [start, end)}, oldest first. */
	static List<Datapoint> aggregate(List<Sample> samples, Instant start, Instant end, int period, String stat) {
		Instant origin = start.truncatedTo(period >= 60 ? ChronoUnit.MINUTES : ChronoUnit.SECONDS);
		long periodMillis = Duration.ofSeconds(period).toMillis();
		Map<Long, Sample> buckets = new TreeMap<>();
		for (Sample sample : samples) {
			if (sample.at().isBefore(origin) || !sample.at().isBefore(end)) {
				continue;
			}
			long bucket = Duration.between(origin, sample.at()).toMillis() / periodMillis;
			buckets.merge(bucket, sample, Sample::plus);
		}
		List<Datapoint> points = new ArrayList<>();
		buckets.forEach((bucket, sum) -> points
			.add(new Datapoint(origin.plusMillis(bucket * periodMillis), sum.statistic(stat))));
		return points;
	}

}
