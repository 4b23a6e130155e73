package dev.stratus.localcloud;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import tools.jackson.core.type.TypeReference;

/**
 * The simulated EC2 fleet of every region, shared by the EC2 and CloudWatch endpoints. Seeded on
 * first start; with a data directory, written to {@code ec2/instances.json} after every action, so
 * it survives a restart. Time comes from the configured clock, so tests move it instead of waiting.
 */
final class Fleet {

	private static final Pattern INSTANCE_ID = Pattern.compile("i-([0-9a-f]{8}|[0-9a-f]{17})");

	private final Clock clock;

	private final Optional<JsonFile<List<SimulatedInstance>>> file;

	private final Map<String, SimulatedInstance> instances = new LinkedHashMap<>();

	private Fleet(Clock clock, Optional<JsonFile<List<SimulatedInstance>>> file, List<SimulatedInstance> instances) {
		this.clock = clock;
		this.file = file;
		instances.forEach(instance -> this.instances.put(instance.id(), instance));
	}

	/** Reads the fleet kept in {@code dir}, or seeds it there (or in memory, without a directory). */
	static Fleet open(Optional<Path> dir, Clock clock) {
		var file = dir.map(d -> JsonFile.in(d, "instances.json", new TypeReference<List<SimulatedInstance>>() {
		}));
		List<SimulatedInstance> kept = file.flatMap(JsonFile::read).orElse(null);
		Fleet fleet = new Fleet(clock, file, kept != null ? kept : FleetSeed.instances(clock.instant()));
		if (kept == null) {
			fleet.save();
		}
		return fleet;
	}

	Instant now() {
		return clock.instant();
	}

	/** Every instance of {@code region}, in a stable order. */
	synchronized List<SimulatedInstance> inRegion(String region) {
		return instances.values().stream().filter(i -> i.region().equals(region)).toList();
	}

	/**
	 * The named instances of {@code region}, in the order named.
	 * @throws AwsError {@code InvalidInstanceID.Malformed} or {@code InvalidInstanceID.NotFound}, as EC2
	 */
	synchronized List<SimulatedInstance> find(String region, List<String> ids) {
		List<String> missing = new ArrayList<>();
		List<SimulatedInstance> found = new ArrayList<>();
		for (String id : ids) {
			if (!INSTANCE_ID.matcher(id).matches()) {
				throw new AwsError("InvalidInstanceID.Malformed", "Invalid id: \"" + id + "\"");
			}
			SimulatedInstance instance = instances.get(id);
			if (instance == null || !instance.region().equals(region)) {
				missing.add(id);
			}
			else {
				found.add(instance);
			}
		}
		if (missing.size() == 1) {
			throw new AwsError("InvalidInstanceID.NotFound", "The instance ID '" + missing.get(0) + "' does not exist");
		}
		if (!missing.isEmpty()) {
			throw new AwsError("InvalidInstanceID.NotFound",
					"The instance IDs '" + String.join(", ", missing) + "' do not exist");
		}
		return found;
	}

	/**
	 * Applies one action to every named instance, or to none when any of them refuses it, as EC2
	 * does, and keeps the result.
	 * @return each instance's state before and after, in the order named
	 */
	synchronized List<StateChange> apply(String region, List<String> ids,
			BiFunction<SimulatedInstance, Instant, SimulatedInstance> action) {
		Instant now = clock.instant();
		List<SimulatedInstance> changed = new ArrayList<>();
		List<StateChange> changes = new ArrayList<>();
		for (SimulatedInstance instance : find(region, ids)) {
			SimulatedInstance after = action.apply(instance, now);
			changed.add(after);
			changes.add(new StateChange(instance.id(), instance.stateAt(now), after.stateAt(now)));
		}
		changed.forEach(instance -> instances.put(instance.id(), instance));
		save();
		return changes;
	}

	private void save() {
		file.ifPresent(f -> f.write(List.copyOf(instances.values())));
	}

	/** What StartInstances and StopInstances report per instance. */
	record StateChange(String instanceId, InstanceState previous, InstanceState current) {
	}

}
