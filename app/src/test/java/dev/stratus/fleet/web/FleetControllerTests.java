package dev.stratus.fleet.web;

import java.time.Instant;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.fleet.ActionAccepted;
import dev.stratus.fleet.Actor;
import dev.stratus.fleet.AuditEntry;
import dev.stratus.fleet.Fleet;
import dev.stratus.fleet.FleetAction;
import dev.stratus.fleet.Metric;
import dev.stratus.fleet.MetricPeriod;
import dev.stratus.fleet.MetricSeries;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

/** The fleet routes' reading and checking of requests, and their answers' shapes, without the cloud. */
@WebSliceTest(FleetController.class)
class FleetControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Fleet fleet;

	@BeforeEach
	void regions() {
		when(fleet.regions()).thenReturn(List.of("us-east-1", "eu-west-1"));
	}

	@Nested
	class Act {

		private ResultActions act(String action, String json, String... idempotencyKey) throws Exception {
			var request = post("/api/fleet/instances/i-1/" + action).with(as(Role.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json);
			if (idempotencyKey.length > 0) {
				request.header("Idempotency-Key", idempotencyKey[0]);
			}
			return mvc.perform(request);
		}

		@Test
		void asksTheFleetForTheCallerAndAnswersAccepted() throws Exception {
			when(fleet.act(eq("i-1"), eq(FleetAction.REBOOT), eq("patching"), any(), eq("key-1")))
				.thenReturn(new ActionAccepted("action-1", "i-1", FleetAction.REBOOT, "running", false));

			act("reboot", "{\"reason\": \"patching\"}", "key-1").andExpect(status().isAccepted())
				.andExpect(jsonPath("$.data.actionId").value("action-1"))
				.andExpect(jsonPath("$.data.action").value("reboot"))
				.andExpect(jsonPath("$.data.fromState").value("running"))
				.andExpect(jsonPath("$.data.status").value("ACCEPTED"));

			ArgumentCaptor<Actor> actor = ArgumentCaptor.forClass(Actor.class);
			verify(fleet).act(eq("i-1"), eq(FleetAction.REBOOT), eq("patching"), actor.capture(), eq("key-1"));
			assertThat(actor.getValue().userId()).isEqualTo("user-1");
			assertThat(actor.getValue().email()).isEqualTo("caller@example.test");
			assertThat(actor.getValue().admin()).isTrue();
			assertThat(actor.getValue().sourceIp()).isEqualTo("127.0.0.1");
			assertThat(actor.getValue().requestId()).isNotBlank();
		}

		@Test
		void passesNonAdminsOnSoTheRefusalIsAudited() throws Exception {
			when(fleet.act(any(), any(), any(), any(), isNull())).thenThrow(new Forbidden("Only admins may stop"));

			mvc.perform(post("/api/fleet/instances/i-1/stop").with(as(Role.USER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"cost\"}"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error.code").value("FORBIDDEN"));

			ArgumentCaptor<Actor> actor = ArgumentCaptor.forClass(Actor.class);
			verify(fleet).act(eq("i-1"), eq(FleetAction.STOP), eq("cost"), actor.capture(), isNull());
			assertThat(actor.getValue().admin()).isFalse();
		}

		@Test
		void requiresAReasonOfThreeToFiveHundredCharacters() throws Exception {
			act("reboot", "{}").andExpect(invalidFields("reason"));
			act("reboot", "{\"reason\": \"ab\"}").andExpect(invalidFields("reason"));
			act("reboot", "{\"reason\": \"" + "r".repeat(501) + "\"}").andExpect(invalidFields("reason"));
			act("reboot", "{\"reason\": 42}").andExpect(invalidFields("reason"));

			verifyNoInteractions(fleet);
		}

		@Test
		void refusesAnUnknownActionWithEveryOtherBrokenField() throws Exception {
			act("terminate", "{\"reason\": \"ab\"}", "has spaces")
				.andExpect(invalidFields("Idempotency-Key", "action", "reason"));

			verifyNoInteractions(fleet);
		}

	}

	@Nested
	class Read {

		@Test
		void refusesUnknownStatesRegionsAndLimits() throws Exception {
			mvc.perform(get("/api/fleet/instances?state=sleeping&region=mars-1&limit=0").with(as(Role.GUEST)))
				.andExpect(invalidFields("limit", "region", "state"));
		}

		@Test
		void refusesUnknownMetricsPeriodsAndStatistics() throws Exception {
			mvc.perform(get("/api/fleet/instances/i-1/metrics?metric=Memory&period=2h&stat=p99").with(as(Role.USER)))
				.andExpect(invalidFields("metric", "period", "stat"));

			verify(fleet, org.mockito.Mockito.never()).metrics(any(), any(), any(), any());
		}

		@Test
		void answersASeriesWithItsUnitAndResolution() throws Exception {
			when(fleet.metrics("i-1", Metric.DiskReadBytes, MetricPeriod.DAY, "Maximum"))
				.thenReturn(new MetricSeries(Metric.DiskReadBytes, "Maximum", "Bytes", 900,
						List.of(new MetricSeries.Point(AT, 12.5))));

			mvc.perform(get("/api/fleet/instances/i-1/metrics?metric=DiskReadBytes&period=24h&stat=Maximum")
				.with(as(Role.USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.unit").value("Bytes"))
				.andExpect(jsonPath("$.data.periodSeconds").value(900))
				.andExpect(jsonPath("$.data.points[0].timestamp").value("2026-01-02T03:04:05.678Z"))
				.andExpect(jsonPath("$.data.points[0].value").value(12.5));
		}

		@Test
		void refusesBadAuditFilters() throws Exception {
			mvc.perform(get("/api/fleet/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z&action=halt")
				.with(as(Role.ADMIN))).andExpect(invalidFields("action", "from"));
			mvc.perform(get("/api/fleet/audit?to=soon").with(as(Role.ADMIN))).andExpect(invalidFields("to"));
		}

		@Test
		void streamsTheAuditAsCsvPageByPage() throws Exception {
			AuditEntry entry = new AuditEntry("a-1", AT, "user-1", "ada@example.test", FleetAction.STOP, "i-1",
					"=cmd, \"quoted\"", AuditEntry.Result.REJECTED, "Conflict: stopped", "req-1", "10.0.0.1",
					"stopped");
			when(fleet.audit(any(), eq(100), isNull())).thenReturn(new Page<>(List.of(entry), "next"));
			when(fleet.audit(any(), eq(100), eq("next"))).thenReturn(new Page<>(List.of(entry), null));

			var started = mvc.perform(get("/api/fleet/audit.csv?instanceId=i-1").with(as(Role.MANAGER)))
				.andExpect(request().asyncStarted())
				.andReturn();
			String row = "a-1,2026-01-02T03:04:05.678Z,user-1,ada@example.test,stop,i-1,\"'=cmd, \"\"quoted\"\"\","
					+ "REJECTED,Conflict: stopped,req-1,10.0.0.1\r\n";
			mvc.perform(asyncDispatch(started))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andExpect(content().string("id,timestamp,userId,userEmail,action,instanceId,reason,result,error,"
						+ "requestId,sourceIp\r\n" + row + row));
			verify(fleet).audit(eq(new dev.stratus.fleet.AuditQuery("i-1", null, null, null, null)), eq(100),
					isNull());
		}

	}

}
