package dev.stratus.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * The fleet's substrate on its own: the app's EC2 and CloudWatch calls for a list and for a chart, made with the
 * same SDK clients and settings straight at the local cloud's endpoints (regions told apart by the signature, as
 * for the app). A list is {@code DescribeInstances} (100 a page) then {@code DescribeInstanceStatus} of the
 * running ones, per region; a chart looks the instance up the same way, then asks {@code GetMetricData} the
 * app's query.
 */
final class FleetBaseline implements AutoCloseable {

	/** The app's default {@code STRATUS_FLEET_REGIONS}, in its order. */
	static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

	/** The 24h chart's resolution (API.md). */
	static final int RESOLUTION_SECONDS = 900;

	private final Map<String, Ec2Client> ec2 = new LinkedHashMap<>();

	private final Map<String, CloudWatchClient> cloudWatch = new LinkedHashMap<>();

	FleetBaseline(URI ec2Endpoint, URI cloudWatchEndpoint) {
		for (String region : REGIONS) {
			ec2.put(region, AppClientSettings.configure(Ec2Client.builder(), ec2Endpoint, region).build());
			cloudWatch.put(region,
					AppClientSettings.configure(CloudWatchClient.builder(), cloudWatchEndpoint, region).build());
		}
	}

	/** The instances of every region, region after region. */
	List<Instance> listAll() {
		List<Instance> all = new ArrayList<>();
		REGIONS.forEach(region -> all.addAll(list(region)));
		return all;
	}

	/** The instances of one region, in EC2's order, with the running ones' status checks asked for. */
	List<Instance> list(String region) {
		List<Instance> instances = new ArrayList<>();
		String page = null;
		do {
			String current = page;
			var response = ec2.get(region).describeInstances(b -> b.maxResults(100).nextToken(current));
			response.reservations().forEach(reservation -> instances.addAll(reservation.instances()));
			page = response.nextToken();
		}
		while (page != null);
		statusChecks(region, instances);
		return instances;
	}

	private void statusChecks(String region, List<Instance> instances) {
		List<String> running = instances.stream()
			.filter(instance -> instance.state().name() == InstanceStateName.RUNNING)
			.map(Instance::instanceId)
			.toList();
		if (!running.isEmpty()) {
			ec2.get(region).describeInstanceStatus(b -> b.instanceIds(running).includeAllInstances(true));
		}
	}

	/**
	 * The instance's CPUUtilization over the last 24 h at 900 s, averaged, as the app reads it at {@code now}.
	 * @return the points' timestamps and values, oldest first
	 */
	Map<Instant, Double> cpuDay(String region, String instanceId, Instant now) {
		var found = ec2.get(region).describeInstances(b -> b.instanceIds(instanceId));
		found.reservations().forEach(reservation -> statusChecks(region, reservation.instances()));
		long until = (now.getEpochSecond() / RESOLUTION_SECONDS + 1) * RESOLUTION_SECONDS;
		GetMetricDataRequest request = GetMetricDataRequest.builder()
			.startTime(Instant.ofEpochSecond(until).minus(Duration.ofDays(1)))
			.endTime(Instant.ofEpochSecond(until))
			.scanBy(ScanBy.TIMESTAMP_ASCENDING)
			.metricDataQueries(MetricDataQuery.builder()
				.id("series")
				.returnData(true)
				.metricStat(stat -> stat.metric(m -> m.namespace("AWS/EC2")
					.metricName("CPUUtilization")
					.dimensions(Dimension.builder().name("InstanceId").value(instanceId).build()))
					.period(RESOLUTION_SECONDS)
					.stat("Average"))
				.build())
			.build();
		Map<Instant, Double> points = new TreeMap<>();
		for (GetMetricDataResponse response : cloudWatch.get(region).getMetricDataPaginator(request)) {
			for (MetricDataResult result : response.metricDataResults()) {
				for (int i = 0; i < result.timestamps().size(); i++) {
					points.put(result.timestamps().get(i), result.values().get(i));
				}
			}
		}
		return points;
	}

	@Override
	public void close() {
		ec2.values().forEach(Ec2Client::close);
		cloudWatch.values().forEach(CloudWatchClient::close);
	}

}
