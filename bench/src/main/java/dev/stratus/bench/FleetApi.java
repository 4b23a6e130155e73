package dev.stratus.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The fleet's calls (API.md, "Fleet"), on one app instance, as a signed-in user. */
final class FleetApi {

	/** The console's chart: a day of CPU at 900 s, averaged. */
	static final String CPU_DAY = "/metrics?metric=CPUUtilization&period=24h&stat=Average";

	private final Api api;

	FleetApi(Shop shop) {
		this.api = shop.api();
	}

	/** The first page of instances (the whole seeded fleet fits in it): every region, or one. */
	Api.Response instances(String token, @Nullable String region) {
		return api.get("/api/fleet/instances" + (region == null ? "" : "?region=" + region), token);
	}

	Api.Response instance(String token, String instanceId) {
		return api.get("/api/fleet/instances/" + instanceId, token);
	}

	Api.Response cpuDay(String token, String instanceId) {
		return api.get("/api/fleet/instances/" + instanceId + CPU_DAY, token);
	}

	/** {@code POST .../reboot} (admin): 202 once EC2 accepted it. */
	Api.Response reboot(String token, String instanceId, String reason) {
		return api.post("/api/fleet/instances/" + instanceId + "/reboot", Map.of("reason", reason), token);
	}

	/** The instance ids of a page, in its order. */
	static List<String> ids(Api.Response page) {
		return page.data().path("items").valueStream().map(item -> item.path("instanceId").asString()).toList();
	}

	/** The points of a chart, by timestamp. */
	static Map<Instant, Double> points(Api.Response chart) {
		Map<Instant, Double> points = new TreeMap<>();
		for (JsonNode point : chart.data().path("points")) {
			points.put(Instant.parse(point.path("timestamp").asString()), point.path("value").asDouble());
		}
		return points;
	}

	/** Whether the instance reads as settled after a reboot: {@code running} with its checks {@code ok}. */
	static boolean runningAndOk(JsonNode instance) {
		return "running".equals(instance.path("state").asString()) && "ok".equals(instance.path("statusChecks")
			.asString());
	}

}
