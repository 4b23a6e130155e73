package dev.stratus.localcloud;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code AWS/EC2} metrics of the simulated fleet, one sample per instance and minute (detailed
 * monitoring). Each value depends only on the instance, the minute and the state it was in then, so
 * the same question always gets the same numbers, and a stopped instance has no data at all.
 */
final class FleetMetrics {

	static final String NAMESPACE = "AWS/EC2";

	static final List<String> NAMES = List.of("CPUUtilization", "NetworkIn", "NetworkOut", "DiskReadBytes",
			"DiskWriteBytes", "StatusCheckFailed");

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final Fleet fleet;

	FleetMetrics(Fleet fleet) {
		this.fleet = fleet;
	}

	/** Every metric of every instance of {@code region}, as ListMetrics shows them. */
	List<MetricKey> keys(String region) {
		List<MetricKey> keys = new ArrayList<>();
		for (SimulatedInstance instance : fleet.inRegion(region)) {
			NAMES.forEach(name -> keys.add(new MetricKey(NAMESPACE, name, Map.of("InstanceId", instance.id()))));
		}
		return keys;
	}

	/**
	 * The samples of {@code key} in {@code [from, to)}: one per whole minute that is over, in which the
	 * instance was running (or stopping, with no CPU in use).
	 */
	List<Sample> samples(String region, MetricKey key, Instant from, Instant to) {
		String instanceId = key.dimensions().get("InstanceId");
		if (!NAMESPACE.equals(key.namespace()) || !NAMES.contains(key.name()) || key.dimensions().size() != 1
				|| instanceId == null) {
			return List.of();
		}
		SimulatedInstance instance = fleet.inRegion(region)
			.stream()
			.filter(i -> i.id().equals(instanceId))
			.findFirst()
			.orElse(null);
		if (instance == null) {
			return List.of();
		}
		Instant now = fleet.now();
		Instant first = later(from, instance.launchTime()).truncatedTo(ChronoUnit.MINUTES);
		if (first.isBefore(from)) {
			first = first.plus(MINUTE);
		}
		List<Sample> samples = new ArrayList<>();
		for (Instant minute = first; minute.isBefore(to) && !minute.plus(MINUTE).isAfter(now); minute = minute
			.plus(MINUTE)) {
			InstanceState state = instance.stateAt(minute);
			if (state == InstanceState.RUNNING || state == InstanceState.STOPPING) {
				samples.add(Sample.of(minute, value(instance, key.name(), minute, state == InstanceState.RUNNING)));
			}
		}
		return samples;
	}

	private static double value(SimulatedInstance instance, String metric, Instant minute, boolean running) {
		if (metric.equals("StatusCheckFailed")) {
			return instance.rebootingDuring(minute, minute.plus(MINUTE)) ? 1 : 0;
		}
		if (!running) {
			return 0;
		}
		String id = instance.id();
		long m = minute.getEpochSecond() / 60;
		double cpu = cpu(id, m);
		return switch (metric) {
			case "CPUUtilization" -> cpu;
			case "NetworkIn" -> Math.round(cpu * 18_000 + Noise.unit(id + "/in", m) * 250_000);
			case "NetworkOut" -> Math.round(cpu * 26_000 + Noise.unit(id + "/out", m) * 400_000);
			case "DiskReadBytes" -> Noise.unit(id + "/read", m) < 0.6 ? 0
					: Math.round(Noise.unit(id + "/read-size", m) * 4_000_000);
			case "DiskWriteBytes" -> Math.round(cpu * 9_000 + Noise.unit(id + "/write", m) * 1_500_000);
			default -> throw new IllegalArgumentException(metric);
		};
	}

	/**
	 * CPU in percent: the instance's own base load, a daily rhythm (quietest at 03:00 UTC, busiest at
	 * 15:00) and per-minute noise, to three decimals.
	 */
	static double cpu(String instanceId, long epochMinute) {
		double base = 4 + 30 * Noise.unit(instanceId, -1);
		double swing = 8 + 30 * Noise.unit(instanceId, -2);
		double day = Math.floorMod(epochMinute, 1440) / 1440.0;
		double rhythm = 0.5 - 0.5 * Math.cos(2 * Math.PI * (day - 0.125));
		double noise = (Noise.unit(instanceId, epochMinute) - 0.5) * 10;
		double cpu = Math.max(0.1, Math.min(99.9, base + swing * rhythm + noise));
		return Math.round(cpu * 1000) / 1000.0;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
