package dev.stratus.localcloud;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GetMetricData, PutMetricData and ListMetrics over the fleet's {@code AWS/EC2} metrics and the
 * metrics put by clients, each answering in the wire format it was asked in.
 */
final class CloudWatchActions {

	private static final int MAX_DATAPOINTS = 100_800;

	private static final int METRICS_PER_PAGE = 500;

	private final Fleet fleet;

	private final FleetMetrics fleetMetrics;

	private final CustomMetrics custom;

	CloudWatchActions(Fleet fleet, CustomMetrics custom) {
		this.fleet = fleet;
		this.fleetMetrics = new FleetMetrics(fleet);
		this.custom = custom;
	}

	byte[] run(CloudWatchWire wire, String operation, String region, JsonNode input) {
		return switch (operation) {
			case "GetMetricData" -> getMetricData(region, input, wire.writer());
			case "PutMetricData" -> putMetricData(region, input, wire.writer());
			case "ListMetrics" -> listMetrics(region, input, wire.writer());
			default -> throw new AwsError("UnknownOperationException",
					"The local cloud's CloudWatch does not offer " + operation);
		};
	}

	private byte[] getMetricData(String region, JsonNode input, CloudWatchWriter out) {
		JsonNode queries = input.path("MetricDataQueries");
		if (queries.isEmpty()) {
			throw new AwsError("MissingParameter", "The parameter MetricDataQueries is required.");
		}
		Instant start = time(input, "StartTime");
		Instant end = time(input, "EndTime");
		if (!start.isBefore(end)) {
			throw AwsError.invalidParameter("The parameter StartTime must be less than the parameter EndTime.");
		}
		boolean ascending = "TimestampAscending".equals(input.path("ScanBy").asString("TimestampDescending"));
		int max = input.path("MaxDatapoints").asInt(MAX_DATAPOINTS);
		String query = withoutToken(input);
		int offset = PageToken.offset(input.path("NextToken").asString(null), query, "InvalidNextToken");
		List<Result> results = new ArrayList<>();
		for (JsonNode q : queries) {
			results.add(result(region, q, start, end, ascending));
		}
		out.startMap().startList("MetricDataResults");
		int seen = 0;
		for (Result result : results) {
			int from = Math.max(0, Math.min(result.points().size(), offset - seen));
			int to = Math.max(0, Math.min(result.points().size(), offset + max - seen));
			seen += result.points().size();
			write(out, result, result.points().subList(from, to), to < result.points().size());
		}
		out.endList().startList("Messages").endList();
		if (offset + max < seen) {
			out.string("NextToken", PageToken.next(offset + max, query));
		}
		return out.endMap().finish();
	}

	private record Result(String id, String label, List<MetricStats.Datapoint> points) {
	}

	private Result result(String region, JsonNode query, Instant start, Instant end, boolean ascending) {
		String id = query.path("Id").asString("");
		if (!id.matches("[a-z][a-zA-Z0-9_]*")) {
			throw AwsError.invalidParameter("The value " + id + " for parameter MetricDataQueries.member.Id is "
					+ "invalid: it must start with a lowercase letter and hold only letters, digits and _.");
		}
		if (query.has("Expression")) {
			throw AwsError.invalidParameter("Metric math (Expression) is not simulated by the local cloud; "
					+ "use MetricStat queries.");
		}
		JsonNode stat = query.path("MetricStat");
		if (stat.isMissingNode()) {
			throw new AwsError("MissingParameter", "The parameter MetricDataQueries.member.MetricStat is required.");
		}
		MetricKey key = key(stat.path("Metric"));
		int period = stat.path("Period").asInt(0);
		MetricStats.checkPeriod(period);
		List<Sample> samples = Stream.concat(fleetMetrics.samples(region, key, start, end).stream(),
				custom.samples(region, key, start, end).stream())
			.toList();
		List<MetricStats.Datapoint> points = new ArrayList<>(
				MetricStats.aggregate(samples, start, end, period, stat.path("Stat").asString("")));
		if (!ascending) {
			points.sort(Comparator.comparing(MetricStats.Datapoint::timestamp).reversed());
		}
		return new Result(id, query.path("Label").asString(key.name()), points);
	}

	private static void write(CloudWatchWriter out, Result result, List<MetricStats.Datapoint> points, boolean more) {
		out.startMap().string("Id", result.id()).string("Label", result.label()).startList("Timestamps");
		points.forEach(p -> out.timestamp(p.timestamp()));
		out.endList().startList("Values");
		points.forEach(p -> out.number(p.value()));
		out.endList()
			.string("StatusCode", more ? "PartialData" : "Complete")
			.startList("Messages")
			.endList()
			.endMap();
	}

	private byte[] putMetricData(String region, JsonNode input, CloudWatchWriter answer) {
		String namespace = input.path("Namespace").asString("");
		if (namespace.isEmpty() || namespace.startsWith("AWS/")) {
			throw AwsError.invalidParameter("The value " + namespace + " for parameter Namespace is invalid.");
		}
		JsonNode data = input.path("MetricData");
		if (data.isEmpty() || data.size() > 1000) {
			throw AwsError.invalidParameter("The parameter MetricData must hold 1 to 1000 items.");
		}
		List<CustomMetrics.Point> points = new ArrayList<>();
		for (JsonNode datum : data) {
			MetricKey key = new MetricKey(namespace, datum.path("MetricName").asString(""),
					dimensions(datum.path("Dimensions")));
			Instant at = datum.has("Timestamp") ? time(datum, "Timestamp") : fleet.now();
			points.add(new CustomMetrics.Point(region, key, sample(datum, at.truncatedTo(ChronoUnit.SECONDS))));
		}
		custom.put(points);
		return answer.startMap().endMap().finish();
	}

	/** A datum's value, its Values and Counts, or its StatisticValues, as one statistic set. */
	private static Sample sample(JsonNode datum, Instant at) {
		JsonNode set = datum.path("StatisticValues");
		if (!set.isMissingNode()) {
			return new Sample(at, set.path("SampleCount").asDouble(), set.path("Sum").asDouble(),
					set.path("Minimum").asDouble(), set.path("Maximum").asDouble());
		}
		JsonNode values = datum.path("Values");
		if (!values.isEmpty()) {
			Sample sample = null;
			for (int i = 0; i < values.size(); i++) {
				double value = values.get(i).asDouble();
				double count = datum.path("Counts").path(i).asDouble(1);
				Sample one = new Sample(at, count, value * count, value, value);
				sample = sample == null ? one : sample.plus(one);
			}
			return sample;
		}
		if (!datum.has("Value")) {
			throw new AwsError("MissingParameter", "The parameter MetricData.member.Value is required.");
		}
		return Sample.of(at, datum.path("Value").asDouble());
	}

	private byte[] listMetrics(String region, JsonNode input, CloudWatchWriter out) {
		String namespace = input.path("Namespace").asString(null);
		String name = input.path("MetricName").asString(null);
		Map<String, String> filter = new LinkedHashMap<>();
		input.path("Dimensions").forEach(d -> filter.put(d.path("Name").asString(""), d.path("Value").asString(null)));
		List<MetricKey> keys = Stream.concat(fleetMetrics.keys(region).stream(), custom.keys(region).stream())
			.distinct()
			.filter(k -> k.matches(namespace, name, filter))
			.toList();
		String query = withoutToken(input);
		int offset = PageToken.offset(input.path("NextToken").asString(null), query, "InvalidNextToken");
		int end = Math.min(keys.size(), offset + METRICS_PER_PAGE);
		out.startMap().startList("Metrics");
		for (MetricKey key : keys.subList(Math.min(offset, keys.size()), end)) {
			out.startMap()
				.string("Namespace", key.namespace())
				.string("MetricName", key.name())
				.startList("Dimensions");
			key.dimensions().forEach((n, v) -> out.startMap().string("Name", n).string("Value", v).endMap());
			out.endList().endMap();
		}
		out.endList();
		if (end < keys.size()) {
			out.string("NextToken", PageToken.next(end, query));
		}
		return out.endMap().finish();
	}

	private static MetricKey key(JsonNode metric) {
		return new MetricKey(metric.path("Namespace").asString(""), metric.path("MetricName").asString(""),
				dimensions(metric.path("Dimensions")));
	}

	private static Map<String, String> dimensions(JsonNode dimensions) {
		Map<String, String> map = new LinkedHashMap<>();
		dimensions.forEach(d -> map.put(d.path("Name").asString(""), d.path("Value").asString("")));
		return map;
	}

	/** A timestamp as the protocol sends it: epoch seconds, possibly with a fraction. */
	private static Instant time(JsonNode input, String name) {
		JsonNode value = input.path(name);
		if (!value.isNumber()) {
			throw new AwsError("MissingParameter", "The parameter " + name + " is required.");
		}
		return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
	}

	private static String withoutToken(JsonNode input) {
		ObjectNode copy = (ObjectNode) input.deepCopy();
		copy.remove("NextToken");
		return copy.toString();
	}

}
