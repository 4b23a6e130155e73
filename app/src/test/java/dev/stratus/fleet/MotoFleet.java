package dev.stratus.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stratus.MotoServer;
import dev.stratus.fleet.internal.Ec2Fleet;
import dev.stratus.fleet.internal.Ec2Fleets;
import dev.stratus.platform.web.PageTokens;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The fleet module over moto: a moto server seeded with a small fleet shaped like the local cloud's (the same
 * names, types and tags; moto's own ids), reached through the SDK's clients as the app reaches EC2 and CloudWatch.
 * What moto does differently stays here: it starts empty (so instances are launched, and two stopped), its states
 * change at once, it has no metrics of its own (so a day of CPU is written for each instance), and its CloudWatch
 * speaks JSON 1.0 only (so the SDK's CBOR goes through a {@link CloudWatchCborBridge}).
 */
final class MotoFleet implements AutoCloseable {

	private record Row(String name, String region, String type, String team, boolean stopped) {
	}

	private static final List<Row> ROWS = List.of(new Row("web-1", "us-east-1", "t3.micro", "web", false),
			new Row("api-1", "us-east-1", "m5.xlarge", "platform", false),
			new Row("build-agent", "us-east-1", "c6g.large", "ci", true),
			new Row("web-eu-1", "eu-west-1", "t3.micro", "web", false),
			new Row("api-eu-1", "eu-west-1", "m5.xlarge", "platform", false),
			new Row("worker-eu-1", "eu-west-1", "c6g.large", "data", false),
			new Row("analytics-eu", "eu-west-1", "t3.large", "data", true));

	static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

	static final FleetContract.Seeded SEEDED = new FleetContract.Seeded(perRegion(),
			Set.of("build-agent", "analytics-eu"), "m5.xlarge", Set.of("api-1", "api-eu-1"), "WEB-",
			Set.of("web-1", "web-eu-1"), "worker-eu-1", "web-eu-1");

	/** The resolution of the 24h chart: one CPU value is written per slot. */
	private static final int SLOT_SECONDS = 900;

	private final MotoServer moto;

	private final CloudWatchCborBridge bridge;

	private final Ec2Fleet ec2Fleet;

	private MotoFleet(MotoServer moto, CloudWatchCborBridge bridge, PageTokens tokens) {
		this.moto = moto;
		this.bridge = bridge;
		this.ec2Fleet = Ec2Fleets.over(this::ec2, this::cloudWatch, tokens, REGIONS);
	}

	/** Seeds the JVM's moto server (skipping the caller where there is none). */
	static MotoFleet start(PageTokens tokens) {
		MotoServer moto = MotoServer.shared();
		MotoFleet fleet = new MotoFleet(moto, CloudWatchCborBridge.to(moto.endpoint()), tokens);
		try {
			fleet.seed(Instant.now());
			return fleet;
		}
		catch (RuntimeException ex) {
			fleet.close();
			throw ex;
		}
	}

	Ec2Fleet ec2Fleet() {
		return ec2Fleet;
	}

	private void seed(Instant now) {
		for (String region : REGIONS) {
			List<String> launched = new ArrayList<>();
			List<String> toStop = new ArrayList<>();
			try (Ec2Client ec2 = ec2(region); CloudWatchClient cloudWatch = cloudWatch(region)) {
				for (Row row : ROWS.stream().filter(row -> row.region().equals(region)).toList()) {
					String id = ec2.runInstances(b -> b.imageId("ami-0123456789abcdef0")
						.instanceType(row.type())
						.minCount(1)
						.maxCount(1)
						.tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE)
							.tags(tag("Name", row.name()), tag("team", row.team()))))
						.instances()
						.get(0)
						.instanceId();
					launched.add(id);
					if (row.stopped()) {
						toStop.add(id);
					}
				}
				if (!toStop.isEmpty()) {
					ec2.stopInstances(b -> b.instanceIds(toStop));
				}
				for (int i = 0; i < launched.size(); i++) {
					String id = launched.get(i);
					List<MetricDatum> day = cpuDay(id, now, i);
					cloudWatch.putMetricData(b -> b.namespace("AWS/EC2").metricData(day));
				}
			}
		}
	}

	/** One CPUUtilization value per slot of the last day, at the slots' starts, differing per instance. */
	private static List<MetricDatum> cpuDay(String instanceId, Instant now, int index) {
		long lastSlot = now.getEpochSecond() / SLOT_SECONDS * SLOT_SECONDS;
		int slots = (int) (Duration.ofDays(1).toSeconds() / SLOT_SECONDS);
		List<MetricDatum> day = new ArrayList<>();
		for (int slot = 0; slot < slots; slot++) {
			day.add(MetricDatum.builder()
				.metricName(Metric.CPUUtilization.name())
				.dimensions(Dimension.builder().name("InstanceId").value(instanceId).build())
				.timestamp(Instant.ofEpochSecond(lastSlot - (long) slot * SLOT_SECONDS))
				.value(10.0 + (slot * 7 + index * 13) % 60)
				.unit(StandardUnit.PERCENT)
				.build());
		}
		return day;
	}

	private static Tag tag(String key, String value) {
		return Tag.builder().key(key).value(value).build();
	}

	private Ec2Client ec2(String region) {
		return moto.client(Ec2Client.builder(), Region.of(region));
	}

	private CloudWatchClient cloudWatch(String region) {
		return MotoServer.at(CloudWatchClient.builder(), bridge.endpoint(), Region.of(region)).build();
	}

	private static Map<String, Integer> perRegion() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		REGIONS.forEach(region -> counts.put(region,
				(int) ROWS.stream().filter(row -> row.region().equals(region)).count()));
		return counts;
	}

	@Override
	public void close() {
		ec2Fleet.destroy();
		bridge.close();
	}

}
