package dev.stratus.workspace;

import java.time.Instant;
import java.util.List;

/** A chart's counts, one bucket per hour or day of its period, oldest first, none left out. */
public record Chart(ChartType type, ChartPeriod period, List<Bucket> buckets) {

	public Chart {
		buckets = List.copyOf(buckets);
	}

	/** @param start the bucket's first instant, on the hour or at midnight UTC */
	public record Bucket(Instant start, long count) {
	}

}
