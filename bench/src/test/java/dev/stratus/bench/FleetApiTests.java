package dev.stratus.bench;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FleetApiTests {

	private static Api.Response ok(String data) {
		return new Api.Response(200, Api.JSON.readTree("{\"success\":true,\"data\":" + data + "}"), 1000);
	}

	private static JsonNode instance(String state, String checks) {
		return Api.JSON.readTree("{\"state\":\"" + state + "\",\"statusChecks\":\"" + checks + "\"}");
	}

	@Test
	void readsAPagesInstanceIdsInItsOrder() {
		assertThat(FleetApi.ids(ok("{\"items\":[{\"instanceId\":\"i-2\"},{\"instanceId\":\"i-1\"}],\"count\":2}")))
			.containsExactly("i-2", "i-1");
	}

	@Test
	void readsAChartsPointsOldestFirst() {
		var points = FleetApi.points(ok("{\"points\":[{\"timestamp\":\"2026-01-01T00:15:00Z\",\"value\":2.5},"
				+ "{\"timestamp\":\"2026-01-01T00:00:00Z\",\"value\":1}]}"));

		assertThat(points.keySet()).containsExactly(Instant.parse("2026-01-01T00:00:00Z"),
				Instant.parse("2026-01-01T00:15:00Z"));
		assertThat(points.get(Instant.parse("2026-01-01T00:15:00Z"))).isEqualTo(2.5);
	}

	@Test
	void takesAnInstanceAsBackFromARebootOnlyWhenRunningWithItsChecksOk() {
		assertThat(FleetApi.runningAndOk(instance("running", "ok"))).isTrue();
		assertThat(FleetApi.runningAndOk(instance("running", "initializing"))).isFalse();
		assertThat(FleetApi.runningAndOk(instance("pending", "ok"))).isFalse();
		assertThat(FleetApi.runningAndOk(instance("stopped", "not-applicable"))).isFalse();
	}

}
