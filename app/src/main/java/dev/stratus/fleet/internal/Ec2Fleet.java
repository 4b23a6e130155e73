package dev.stratus.fleet.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.stratus.fleet.FleetAction;
import dev.stratus.fleet.Instance;
import dev.stratus.fleet.InstanceFilter;
import dev.stratus.fleet.Metric;
import dev.stratus.fleet.MetricPeriod;
import dev.stratus.fleet.MetricSeries;
import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.RegionalClients;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.platform.web.PageTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceStatus;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The fleet as EC2 and CloudWatch give it, region by region, through the SDK's clients only (locally they
 * point at the local cloud's simulated fleet). A region's service that does not answer is {@link Unavailable}.
 */
@Component
public class Ec2Fleet implements DisposableBean {

	/** Instances read per DescribeInstances call (EC2 takes 5 to 1000). */
	private static final int EC2_PAGE = 100;

	private final Map<String, Ec2Client> ec2 = new LinkedHashMap<>();

	private final Map<String, CloudWatchClient> cloudWatch = new HashMap<>();

	private final List<String> regions;

	private final boolean simulated;

	private final PageTokens tokens;

	@Autowired
	Ec2Fleet(RegionalClients clients, PageTokens tokens,
			@Value("${stratus.fleet.regions:us-east-1,eu-west-1}") List<String> regions) {
		this(clients::ec2, clients::cloudWatch, clients.isLocal(), tokens, regions);
	}

	/**
	 * The fleet behind any EC2- and CloudWatch-compatible endpoints, one client of each per region made
	 * here and closed with the fleet (the tests point it at a second implementation, moto).
	 *
	 * @param simulated whether the instances are the local cloud's simulated fleet
	 */
	Ec2Fleet(Function<String, Ec2Client> ec2Of, Function<String, CloudWatchClient> cloudWatchOf, boolean simulated,
			PageTokens tokens, List<String> regions) {
		this.regions = regions.isEmpty() ? FleetResources.DEFAULT_REGIONS
				: regions.stream().map(String::trim).filter(region -> !region.isEmpty()).toList();
		this.simulated = simulated;
		this.tokens = tokens;
		for (String region : this.regions) {
			ec2.put(region, ec2Of.apply(region));
			cloudWatch.put(region, cloudWatchOf.apply(region));
		}
	}

	public List<String> regions() {
		return regions;
	}

	/**
	 * One page of the instances {@code filter} selects, region after region in the configured order. EC2
	 * filters by state and type; the search is applied to what it returns, so a page may take several calls.
	 * The token records the region, EC2's token of the page being read and how many of its instances were
	 * handed out, so the next page starts right after the last instance shown.
	 *
	 * @throws InvalidInput on {@code nextToken} when this list did not issue it, or on {@code region} when it is
	 * not one of the fleet's
	 */
	public Page<Instance> list(InstanceFilter filter, int limit, @Nullable String nextToken) {
		List<String> wanted = filter.region() == null ? regions : List.of(filter.region());
		if (!regions.containsAll(wanted)) {
			throw new InvalidInput("region", "must be one of " + String.join(", ", regions));
		}
		String scope = filter.scope() + "|" + String.join(",", regions);
		Position start = nextToken == null ? new Position(0, null, 0) : Position.read(tokens.read(nextToken, scope));
		String search = filter.searchLowerCase();
		List<Found> found = new ArrayList<>();
		for (int r = start.region(); r < wanted.size() && found.size() <= limit; r++) {
			String region = wanted.get(r);
			String page = r == start.region() ? start.ec2Token() : null;
			int skip = r == start.region() ? start.skip() : 0;
			do {
				String current = page;
				DescribeInstancesResponse response = call(region, "EC2", () -> ec2.get(region)
					.describeInstances(b -> b.filters(filters(filter)).maxResults(EC2_PAGE).nextToken(current)));
				List<software.amazon.awssdk.services.ec2.model.Instance> instances = flatten(response.reservations());
				for (int i = skip; i < instances.size() && found.size() <= limit; i++) {
					Instance instance = instance(region, instances.get(i), "not-applicable");
					if (search == null || instance.matches(search)) {
						found.add(new Found(instance, new Position(r, current, i + 1)));
					}
				}
				page = response.nextToken();
				skip = 0;
			}
			while (page != null && found.size() <= limit);
		}
		List<Instance> items = withStatusChecks(found.stream().limit(limit).map(Found::instance).toList());
		String token = found.size() > limit ? tokens.issue(found.get(limit - 1).after().write(), scope) : null;
		return new Page<>(items, token);
	}

	/** The instance with its status checks, from whichever region has it. */
	public Optional<Instance> find(String instanceId) {
		for (String region : regions) {
			Optional<software.amazon.awssdk.services.ec2.model.Instance> found = describe(region, instanceId);
			if (found.isPresent()) {
				return Optional.of(withStatusChecks(List.of(instance(region, found.get(), "not-applicable"))).get(0));
			}
		}
		return Optional.empty();
	}

	private Optional<software.amazon.awssdk.services.ec2.model.Instance> describe(String region, String instanceId) {
		try {
			DescribeInstancesResponse response = call(region, "EC2",
					() -> ec2.get(region).describeInstances(b -> b.instanceIds(instanceId)));
			return flatten(response.reservations()).stream().findFirst();
		}
		catch (AwsServiceException ex) {
			if (errorCode(ex).startsWith("InvalidInstanceID")) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** Sends the action to EC2; EC2's refusals come back as its {@link AwsServiceException}. */
	public void send(FleetAction action, String region, String instanceId) {
		Ec2Client client = ec2.get(region);
		call(region, "EC2", () -> switch (action) {
			case REBOOT -> client.rebootInstances(b -> b.instanceIds(instanceId));
			case START -> client.startInstances(b -> b.instanceIds(instanceId));
			case STOP -> client.stopInstances(b -> b.instanceIds(instanceId));
		});
	}

	/** The series of {@code metric} for the instance over {@code period}, oldest first, at its resolution. */
	public MetricSeries metrics(Instance instance, Metric metric, MetricPeriod period, String stat, Instant now) {
		int resolution = period.resolutionSeconds();
		Instant until = Instant.ofEpochSecond((now.getEpochSecond() / resolution + 1) * resolution);
		Instant since = until.minus(period.span());
		MetricStat series = MetricStat.builder()
			.metric(m -> m.namespace("AWS/EC2")
				.metricName(metric.name())
				.dimensions(Dimension.builder().name("InstanceId").value(instance.instanceId()).build()))
			.period(resolution)
			.stat(stat)
			.build();
		GetMetricDataRequest request = GetMetricDataRequest.builder()
			.startTime(since)
			.endTime(until)
			.scanBy(ScanBy.TIMESTAMP_ASCENDING)
			.metricDataQueries(MetricDataQuery.builder().id("series").returnData(true).metricStat(series).build())
			.build();
		CloudWatchClient client = cloudWatch.get(instance.region());
		List<MetricSeries.Point> points = call(instance.region(), "CloudWatch", () -> points(client, request));
		// Pages of one query may interleave; the contract is oldest first.
		points.sort(java.util.Comparator.comparing(MetricSeries.Point::timestamp));
		return new MetricSeries(metric, stat, metric.unit(), resolution, points);
	}

	private static List<MetricSeries.Point> points(CloudWatchClient client, GetMetricDataRequest request) {
		List<MetricSeries.Point> points = new ArrayList<>();
		for (GetMetricDataResponse response : client.getMetricDataPaginator(request)) {
			for (MetricDataResult result : response.metricDataResults()) {
				for (int i = 0; i < result.timestamps().size(); i++) {
					points.add(new MetricSeries.Point(result.timestamps().get(i), result.values().get(i)));
				}
			}
		}
		return points;
	}

	/** EC2's error code of a refusal, such as {@code IncorrectInstanceState}; empty when it gave none. */
	public static String errorCode(AwsServiceException ex) {
		return ex.awsErrorDetails() == null || ex.awsErrorDetails().errorCode() == null ? ""
				: ex.awsErrorDetails().errorCode();
	}

	private List<Instance> withStatusChecks(List<Instance> instances) {
		Map<String, List<String>> running = new LinkedHashMap<>();
		instances.stream()
			.filter(instance -> "running".equals(instance.state()))
			.forEach(instance -> running.computeIfAbsent(instance.region(), r -> new ArrayList<>())
				.add(instance.instanceId()));
		Map<String, String> checks = new HashMap<>();
		running.forEach((region, ids) -> call(region, "EC2",
				() -> ec2.get(region).describeInstanceStatus(b -> b.instanceIds(ids).includeAllInstances(true)))
			.instanceStatuses()
			.forEach(status -> checks.put(status.instanceId(), statusChecks(status))));
		return instances.stream()
			.map(instance -> checks.containsKey(instance.instanceId())
					? copy(instance, checks.get(instance.instanceId())) : instance)
			.toList();
	}

	/** The worse of the instance's and the system's check, as the console's one word. */
	private static String statusChecks(InstanceStatus status) {
		List<String> both = List.of(status.instanceStatus() == null ? "" : status.instanceStatus().statusAsString(),
				status.systemStatus() == null ? "" : status.systemStatus().statusAsString());
		if (both.contains("impaired")) {
			return "impaired";
		}
		if (both.contains("initializing") || both.contains("insufficient-data")) {
			return "initializing";
		}
		return both.contains("ok") ? "ok" : "not-applicable";
	}

	private Instance instance(String region, software.amazon.awssdk.services.ec2.model.Instance ec2Instance,
			String statusChecks) {
		Map<String, String> tags = new LinkedHashMap<>();
		for (Tag tag : ec2Instance.tags()) {
			tags.put(tag.key(), tag.value());
		}
		String platform = ec2Instance.platformDetails() != null ? ec2Instance.platformDetails()
				: ec2Instance.platformAsString() != null ? "Windows" : "Linux/UNIX";
		return new Instance(ec2Instance.instanceId(), tags.getOrDefault("Name", ec2Instance.instanceId()),
				ec2Instance.instanceTypeAsString(), ec2Instance.state().nameAsString(), statusChecks,
				ec2Instance.placement() == null ? region : ec2Instance.placement().availabilityZone(), region,
				ec2Instance.privateIpAddress(), ec2Instance.publicIpAddress(), ec2Instance.launchTime(), platform, tags,
				simulated);
	}

	private static Instance copy(Instance instance, String statusChecks) {
		return new Instance(instance.instanceId(), instance.name(), instance.type(), instance.state(), statusChecks,
				instance.az(), instance.region(), instance.privateIp(), instance.publicIp(), instance.launchTime(),
				instance.platform(), instance.tags(), instance.simulated());
	}

	private static List<Filter> filters(InstanceFilter filter) {
		List<Filter> filters = new ArrayList<>();
		if (filter.state() != null) {
			filters.add(Filter.builder().name("instance-state-name").values(filter.state()).build());
		}
		if (filter.type() != null) {
			filters.add(Filter.builder().name("instance-type").values(filter.type()).build());
		}
		return filters;
	}

	private static List<software.amazon.awssdk.services.ec2.model.Instance> flatten(List<Reservation> reservations) {
		return reservations.stream().flatMap(reservation -> reservation.instances().stream()).toList();
	}

	/**
	 * Runs a call to a region's service: a service that does not answer, throttles or fails on its side is
	 * {@link Unavailable}; its other refusals are the caller's to read.
	 */
	private static <T> T call(String region, String service, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (SdkClientException ex) {
			throw new Unavailable(service + " in " + region + " does not answer; try again shortly");
		}
		catch (AwsServiceException ex) {
			if (ex.isThrottlingException() || ex.statusCode() >= 500) {
				throw new Unavailable(service + " in " + region + " is failing; try again shortly");
			}
			throw ex;
		}
	}

	@Override
	public void destroy() {
		ec2.values().forEach(Ec2Client::close);
		cloudWatch.values().forEach(CloudWatchClient::close);
	}

	/** Where the next page starts: a region, EC2's token of the page to read (null: its first) and a skip. */
	private record Position(int region, @Nullable String ec2Token, int skip) {

		Map<String, AttributeValue> write() {
			return Map.of("region", AttributeValue.fromN(Integer.toString(region)), "ec2",
					AttributeValue.fromS(ec2Token == null ? "" : ec2Token), "skip",
					AttributeValue.fromN(Integer.toString(skip)));
		}

		static Position read(Map<String, AttributeValue> token) {
			try {
				String ec2 = token.get("ec2").s();
				return new Position(Integer.parseInt(token.get("region").n()), ec2.isEmpty() ? null : ec2,
						Integer.parseInt(token.get("skip").n()));
			}
			catch (RuntimeException ex) {
				throw new InvalidInput("nextToken", "is not a token this list issued; start again without it");
			}
		}

	}

	private record Found(Instance instance, Position after) {
	}

}
