package dev.stratus.fleet;

import java.time.Instant;
import java.util.List;

/**
 * One metric of one instance over a period, oldest point first.
 *
 * @param stat {@code Average}, {@code Maximum} or {@code Sum}
 */
public record MetricSeries(Metric metric, String stat, String unit, int periodSeconds, List<Point> points) {

	public record Point(Instant timestamp, double value) {
	}

}
