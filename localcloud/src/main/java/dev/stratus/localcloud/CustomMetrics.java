package dev.stratus.localcloud;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;

/**
 * Metrics sent with PutMetricData, per region, in memory and (with a data directory) in
 * {@code cloudwatch/metrics.json}, rewritten after every put so a restart keeps them.
 */
final class CustomMetrics {

	/** One put datum as kept. */
	record Point(String region, MetricKey key, Sample sample) {
	}

	private final List<Point> points = new ArrayList<>();

	private final Optional<JsonFile<List<Point>>> file;

	private CustomMetrics(Optional<JsonFile<List<Point>>> file) {
		this.file = file;
		file.flatMap(JsonFile::read).ifPresent(points::addAll);
	}

	static CustomMetrics open(Optional<Path> dir) {
		return new CustomMetrics(dir.map(d -> JsonFile.in(d, "metrics.json", new TypeReference<List<Point>>() {
		})));
	}

	synchronized void put(List<Point> more) {
		points.addAll(more);
		file.ifPresent(f -> f.write(List.copyOf(points)));
	}

	synchronized List<MetricKey> keys(String region) {
		return points.stream().filter(p -> p.region().equals(region)).map(Point::key).distinct().toList();
	}

	/** The samples of {@code key} in {@code [from, to)}, in the order they were put. */
	synchronized List<Sample> samples(String region, MetricKey key, Instant from, Instant to) {
		return points.stream()
			.filter(p -> p.region().equals(region) && p.key().equals(key))
			.map(Point::sample)
			.filter(s -> !s.at().isBefore(from) && s.at().isBefore(to))
			.toList();
	}

}
