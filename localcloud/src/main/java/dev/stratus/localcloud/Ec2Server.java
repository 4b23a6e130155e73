package dev.stratus.localcloud;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EC2 on the wire, over the {@link Fleet}: the query protocol (form-encoded POST, XML answers in
 * EC2's 2016-11-15 namespace) for DescribeInstances, DescribeInstanceStatus, Start-, Stop- and
 * RebootInstances, DescribeRegions and DescribeAvailabilityZones. The region is the one the request
 * was signed for, so {@code us-east-1} and {@code eu-west-1} each see their own instances.
 */
final class Ec2Server implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Ec2Server.class);

	private static final String XML = "text/xml;charset=UTF-8";

	/** What EC2 answers per page when MaxResults is not given: everything at once. */
	private static final int UNPAGED = Integer.MAX_VALUE;

	private final GatedHttpServer http;

	private Ec2Server(GatedHttpServer http) {
		this.http = http;
	}

	static Ec2Server start(LocalCloudConfig.Network network, int port, Fleet fleet) {
		Ec2Actions actions = new Ec2Actions(fleet);
		return new Ec2Server(GatedHttpServer.start("EC2", network, port, request -> answer(actions, request)));
	}

	private static GatedHttpServer.Answer answer(Ec2Actions actions, GatedHttpServer.Request request) {
		String requestId = UUID.randomUUID().toString();
		Ec2Params params = Ec2Params.parse(request.uri().getRawQuery(),
				new String(request.body(), StandardCharsets.UTF_8));
		String region = SignedRegion.of(request.header("Authorization").orElse(null));
		String action = String.valueOf(params.get("Action"));
		try {
			byte[] body = actions.run(action, region, params, requestId);
			return GatedHttpServer.Answer.of(200, XML, body);
		}
		catch (AwsError error) {
			error.log(log, "EC2", action, region);
			return GatedHttpServer.Answer.of(400, XML, Ec2Xml.error(error, requestId));
		}
	}

	URI endpoint() {
		return http.endpoint();
	}

	@Override
	public void close() {
		http.close();
	}

	/** The actions, each answering with its XML document. */
	static final class Ec2Actions {

		private static final Map<String, List<String>> ZONES = Map.of("us-east-1",
				List.of("us-east-1a", "us-east-1b", "us-east-1c"), "eu-west-1",
				List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"));

		private final Fleet fleet;

		Ec2Actions(Fleet fleet) {
			this.fleet = fleet;
		}

		byte[] run(String action, String region, Ec2Params params, String requestId) {
			Ec2Xml xml = Ec2Xml.response(action, requestId);
			switch (action) {
				case "DescribeInstances" -> describeInstances(region, params, xml);
				case "DescribeInstanceStatus" -> describeInstanceStatus(region, params, xml);
				case "StartInstances" -> changeState(region, params, xml, SimulatedInstance::start);
				case "StopInstances" -> changeState(region, params, xml, SimulatedInstance::stop);
				case "RebootInstances" -> {
					fleet.apply(region, required(params), SimulatedInstance::reboot);
					xml.text("return", true);
				}
				case "DescribeRegions" -> describeRegions(xml);
				case "DescribeAvailabilityZones" -> describeZones(region, xml);
				default -> throw new AwsError("InvalidAction",
						"The action " + action + " is not valid for this web service.");
			}
			return xml.finish();
		}

		private void describeInstances(String region, Ec2Params params, Ec2Xml xml) {
			Instant now = fleet.now();
			List<String> ids = params.list("InstanceId");
			Page page = page(region, params, "DescribeInstances", now, ids);
			Map<String, List<SimulatedInstance>> reservations = new LinkedHashMap<>();
			page.instances()
				.forEach(i -> reservations.computeIfAbsent(i.reservationId(), r -> new ArrayList<>()).add(i));
			xml.start("reservationSet");
			reservations.forEach((reservation, instances) -> {
				xml.start("item").text("reservationId", reservation).text("ownerId", Ec2Answers.OWNER).start("groupSet")
					.end()
					.start("instancesSet");
				instances.forEach(instance -> Ec2Answers.instance(xml, instance, now));
				xml.end().end();
			});
			xml.end().text("nextToken", page.nextToken());
		}

		private void describeInstanceStatus(String region, Ec2Params params, Ec2Xml xml) {
			Instant now = fleet.now();
			List<String> ids = params.list("InstanceId");
			boolean all = params.flag("IncludeAllInstances");
			Page page = page(region, params, "DescribeInstanceStatus", now, ids,
					instance -> all || instance.stateAt(now) == InstanceState.RUNNING);
			xml.start("instanceStatusSet");
			page.instances().forEach(instance -> Ec2Answers.status(xml, instance, now));
			xml.end().text("nextToken", page.nextToken());
		}

		private void changeState(String region, Ec2Params params, Ec2Xml xml,
				BiFunction<SimulatedInstance, Instant, SimulatedInstance> action) {
			xml.start("instancesSet");
			for (Fleet.StateChange change : fleet.apply(region, required(params), action)) {
				xml.start("item").text("instanceId", change.instanceId());
				Ec2Answers.state(xml, "currentState", change.current());
				Ec2Answers.state(xml, "previousState", change.previous());
				xml.end();
			}
			xml.end();
		}

		private static void describeRegions(Ec2Xml xml) {
			xml.start("regionInfo");
			ZONES.keySet().stream().sorted().forEach(name -> xml.start("item")
				.text("regionName", name)
				.text("regionEndpoint", "ec2." + name + ".amazonaws.com")
				.text("optInStatus", "opt-in-not-required")
				.end());
			xml.end();
		}

		private static void describeZones(String region, Ec2Xml xml) {
			xml.start("availabilityZoneInfo");
			for (String zone : ZONES.getOrDefault(region, List.of())) {
				xml.start("item")
					.text("zoneName", zone)
					.text("zoneState", "available")
					.text("regionName", region)
					.text("zoneId", Ec2Answers.zoneId(zone))
					.text("zoneType", "availability-zone")
					.end();
			}
			xml.end();
		}

		private static List<String> required(Ec2Params params) {
			List<String> ids = params.list("InstanceId");
			if (ids.isEmpty()) {
				throw new AwsError("MissingParameter", "The request must contain the parameter InstanceId");
			}
			return ids;
		}

		private Page page(String region, Ec2Params params, String action, Instant now, List<String> ids) {
			return page(region, params, action, now, ids, instance -> true);
		}

		/** The instances named (or all of the region), filtered, then cut to the page the token names. */
		private Page page(String region, Ec2Params params, String action, Instant now, List<String> ids,
				java.util.function.Predicate<SimulatedInstance> listed) {
			List<Ec2Filter> filters = params.filters();
			int max = params.maxResults(UNPAGED, !ids.isEmpty());
			String query = params.query(action);
			int offset = PageToken.offset(params.get("NextToken"), query, "InvalidPaginationToken");
			List<SimulatedInstance> matching = (ids.isEmpty() ? fleet.inRegion(region) : fleet.find(region, ids))
				.stream()
				.filter(listed)
				.filter(i -> filters.stream().allMatch(f -> f.matches(i, now)))
				.toList();
			int end = (int) Math.min(matching.size(), (long) offset + max);
			List<SimulatedInstance> instances = matching.subList(Math.min(offset, matching.size()), end);
			return new Page(instances, end < matching.size() ? PageToken.next(end, query) : null);
		}

	}

	private record Page(List<SimulatedInstance> instances, @org.jspecify.annotations.Nullable String nextToken) {
	}

}
