package dev.stratus.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotFound;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the fleet module does over any EC2- and CloudWatch-compatible endpoint, run unchanged against the local
 * cloud ({@link FleetOnLocalCloudTests}) and against moto, a second implementation written by others
 * ({@link FleetOnMotoTests}). Each fixture seeds or finds its fleet and names it in a {@link Seeded}; what differs
 * between the two (instance ids, how long a state takes to settle, where metrics come from) stays in the fixture.
 * A test that acts on an instance leaves it running, as it found it.
 */
abstract class FleetContract {

	/** Longer than any state change of the local cloud (5–10 s) and any of moto (none). */
	private static final Duration SETTLE = Duration.ofSeconds(60);

	private static final InstanceFilter EVERYTHING = new InstanceFilter(null, null, null, null);

	private static final Actor ADMIN = new Actor("contract-admin", "admin@contract.test", true, "127.0.0.1",
			"fleet-contract");

	/** The fleet module's service over the fixture's endpoints. */
	abstract Fleet fleet();

	abstract Seeded seeded();

	/**
	 * A fleet as its fixture seeded or found it.
	 *
	 * @param perRegion how many instances each region has, in the fleet's region order
	 * @param stopped the names of the stopped instances
	 * @param ofType the names of the instances of {@code type}
	 * @param search a part of some names in another case, and {@code found} the names it finds
	 * @param actOn a running instance the tests may reboot, stop and start again
	 * @param charted a running instance with at least a day of CPUUtilization
	 */
	record Seeded(Map<String, Integer> perRegion, Set<String> stopped, String type, Set<String> ofType, String search,
			Set<String> found, String actOn, String charted) {

		int size() {
			return perRegion.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/** Every instance the filter selects, following the pages. */
	List<Instance> all(InstanceFilter filter, int limit) {
		List<Instance> items = new ArrayList<>();
		String token = null;
		do {
			var page = fleet().list(filter, limit, token);
			assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
			items.addAll(page.items());
			token = page.nextToken();
		}
		while (token != null);
		return items;
	}

	static Set<String> names(List<Instance> instances) {
		return instances.stream().map(Instance::name).collect(Collectors.toSet());
	}

	Instance named(String name) {
		return all(EVERYTHING, 100).stream()
			.filter(instance -> instance.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The fixture has no instance named " + name));
	}

	ActionAccepted act(String instanceId, FleetAction action) {
		return fleet().act(instanceId, action, "fleet contract", ADMIN, null);
	}

	Instance awaitState(String instanceId, String state) {
		return Awaitility.await(instanceId + " " + state)
			.atMost(SETTLE)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> fleet().find(instanceId), instance -> instance.state().equals(state));
	}

	static InstanceFilter filter(@Nullable String state, @Nullable String type, @Nullable String region,
			@Nullable String search) {
		return new InstanceFilter(state, type, region, search);
	}

	@Test
	void listsEveryInstanceOfEveryRegionPageByPage() {
		List<Instance> paged = all(EVERYTHING, 2);
		List<Instance> whole = fleet().list(EVERYTHING, 100, null).items();

		assertThat(paged).extracting(Instance::instanceId)
			.doesNotHaveDuplicates()
			.containsExactlyElementsOf(whole.stream().map(Instance::instanceId).toList());
		assertThat(paged).hasSize(seeded().size());
		assertThat(paged.stream().map(Instance::region).distinct()).containsExactlyElementsOf(fleet().regions());
		assertThat(paged.stream().collect(Collectors.groupingBy(Instance::region, Collectors.summingInt(i -> 1))))
			.isEqualTo(seeded().perRegion());
		assertThat(paged).allSatisfy(instance -> {
			assertThat(instance.instanceId()).startsWith("i-");
			assertThat(instance.tags()).containsEntry("Name", instance.name());
			assertThat(instance.az()).startsWith(instance.region());
			assertThat(instance.type()).isNotBlank();
			assertThat(instance.platform()).isNotBlank();
			assertThat(instance.privateIp()).isNotBlank();
			assertThat(instance.launchTime()).isBefore(Instant.now());
		});
	}

	@Test
	void filtersByStateTypeAndRegion() {
		assertThat(names(all(filter("stopped", null, null, null), 1))).isEqualTo(seeded().stopped());
		assertThat(names(all(filter(null, seeded().type(), null, null), 1))).isEqualTo(seeded().ofType());
		seeded().perRegion()
			.forEach((region, count) -> assertThat(all(filter(null, null, region, null), 2)).hasSize(count)
				.allSatisfy(instance -> assertThat(instance.region()).isEqualTo(region)));
		assertThatThrownBy(() -> fleet().list(filter(null, null, "mars-north-1", null), 10, null))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void searchesNamesIdsAddressesAndTagValuesIgnoringCase() {
		Instance charted = named(seeded().charted());

		assertThat(names(all(filter(null, null, null, seeded().search()), 1))).isEqualTo(seeded().found());
		assertThat(all(filter(null, null, null, charted.instanceId().toUpperCase()), 5))
			.extracting(Instance::instanceId)
			.containsExactly(charted.instanceId());
		assertThat(names(all(filter(null, null, null, charted.privateIp()), 5))).contains(charted.name());
		assertThat(names(all(filter(null, null, null, charted.tags().get("team")), 5))).contains(charted.name());
	}

	@Test
	void refusesAPageTokenOfAnotherList() {
		String token = fleet().list(EVERYTHING, 2, null).nextToken();

		assertThat(token).isNotNull();
		assertThatThrownBy(() -> fleet().list(filter("running", null, null, null), 2, token))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> fleet().list(EVERYTHING, 2, "x" + token)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void findsOneInstanceWithItsStatusChecks() {
		Instance running = fleet().find(named(seeded().charted()).instanceId());
		Instance stopped = fleet().find(named(seeded().stopped().iterator().next()).instanceId());

		assertThat(running.name()).isEqualTo(seeded().charted());
		assertThat(running.state()).isEqualTo("running");
		assertThat(running.statusChecks()).isIn("ok", "initializing");
		assertThat(stopped.state()).isEqualTo("stopped");
		assertThat(stopped.statusChecks()).isEqualTo("not-applicable");
	}

	@Test
	void findsNoUnknownOrMalformedInstance() {
		assertThatThrownBy(() -> fleet().find("i-0123456789abcdef0")).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> fleet().find("not-an-id")).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> act("i-0123456789abcdef0", FleetAction.REBOOT)).isInstanceOf(NotFound.class);
	}

	@Test
	void rebootsARunningInstanceWhichStaysRunning() {
		String instanceId = named(seeded().actOn()).instanceId();

		ActionAccepted reboot = act(instanceId, FleetAction.REBOOT);

		assertThat(reboot.instanceId()).isEqualTo(instanceId);
		assertThat(reboot.action()).isEqualTo(FleetAction.REBOOT);
		assertThat(reboot.fromState()).isEqualTo("running");
		assertThat(reboot.replayed()).isFalse();
		Instance after = fleet().find(instanceId);
		assertThat(after.state()).isEqualTo("running");
		assertThat(after.statusChecks()).isIn("ok", "initializing");
	}

	@Test
	void stopsARunningInstanceRefusesToStopItAgainAndStartsIt() {
		String instanceId = named(seeded().actOn()).instanceId();

		assertThat(act(instanceId, FleetAction.STOP).fromState()).isEqualTo("running");
		assertThat(awaitState(instanceId, "stopped").statusChecks()).isEqualTo("not-applicable");
		assertThatThrownBy(() -> act(instanceId, FleetAction.STOP)).isInstanceOf(Conflict.class);
		assertThat(act(instanceId, FleetAction.START).fromState()).isEqualTo("stopped");
		awaitState(instanceId, "running");
	}

	@Test
	void refusesActionsTheStateDoesNotAllow() {
		String stopped = named(seeded().stopped().iterator().next()).instanceId();
		String running = named(seeded().charted()).instanceId();

		assertThatThrownBy(() -> act(stopped, FleetAction.STOP)).isInstanceOfSatisfying(Conflict.class,
				conflict -> assertThat(conflict.details()).isEqualTo(Map.of("state", "stopped")));
		assertThatThrownBy(() -> act(stopped, FleetAction.REBOOT)).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> act(running, FleetAction.START)).isInstanceOf(Conflict.class);
		assertThat(fleet().find(stopped).state()).isEqualTo("stopped");
	}

	@Test
	void chartsADayOfCpuAt900SecondsOldestFirst() {
		Instant now = Instant.now();

		MetricSeries series = fleet().metrics(named(seeded().charted()).instanceId(), Metric.CPUUtilization,
				MetricPeriod.DAY, "Average");

		assertThat(series.metric()).isEqualTo(Metric.CPUUtilization);
		assertThat(series.stat()).isEqualTo("Average");
		assertThat(series.unit()).isEqualTo("Percent");
		assertThat(series.periodSeconds()).isEqualTo(900);
		List<Instant> times = series.points().stream().map(MetricSeries.Point::timestamp).toList();
		assertThat(times).hasSizeBetween(24, 97).isSorted().doesNotHaveDuplicates();
		assertThat(times).allSatisfy(time -> {
			assertThat(time.getEpochSecond() % 900).isZero();
			assertThat(time).isBetween(now.minus(Duration.ofDays(1)).minusSeconds(900), now.plusSeconds(900));
		});
		assertThat(series.points()).allSatisfy(point -> assertThat(point.value()).isBetween(0.0, 100.0));
	}

	@Test
	void chartsAMaximumAtLeastAsHighAsTheAverage() {
		String instanceId = named(seeded().charted()).instanceId();

		Map<Instant, Double> average = values(
				fleet().metrics(instanceId, Metric.CPUUtilization, MetricPeriod.DAY, "Average"));
		Map<Instant, Double> maximum = values(
				fleet().metrics(instanceId, Metric.CPUUtilization, MetricPeriod.DAY, "Maximum"));

		Set<Instant> both = average.keySet().stream().filter(maximum::containsKey).collect(Collectors.toSet());
		// The newest slot may be cut at another minute in each read; every other one is in both.
		assertThat(both).isNotEmpty().hasSizeGreaterThanOrEqualTo(average.size() - 1);
		both.forEach(time -> assertThat(maximum.get(time)).as(time.toString())
			.isGreaterThanOrEqualTo(average.get(time)));
	}

	private static Map<Instant, Double> values(MetricSeries series) {
		return series.points()
			.stream()
			.collect(Collectors.toMap(MetricSeries.Point::timestamp, MetricSeries.Point::value, (a, b) -> a));
	}

}
