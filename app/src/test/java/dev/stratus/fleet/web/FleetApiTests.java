package dev.stratus.fleet.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.security.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Fleet part of the contract over HTTP against the running app and the local cloud's simulated EC2 and
 * CloudWatch (twelve instances: seven in us-east-1, five in eu-west-1; build-agent and analytics-eu stopped).
 * Only reboots change the fleet here, so the stopped ones stay stopped for every test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetApiTests {

	private static final Duration SETTLE = Duration.ofSeconds(60);

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers users;

	final Map<Role, String[]> as = new HashMap<>();

	final Map<String, JsonNode> byName = new HashMap<>();

	@BeforeAll
	void signInAndReadTheFleet() {
		for (Role role : Role.values()) {
			as.put(role, StratusApi.bearer(users.signedIn(role).path("idToken").asString()));
		}
		all("/api/fleet/instances?limit=100").forEach(instance -> byName.put(instance.path("name").asString(),
				instance));
	}

	String id(String name) {
		return byName.get(name).path("instanceId").asString();
	}

	/** Every item of every page, following nextToken. */
	List<JsonNode> all(String path) {
		List<JsonNode> items = new ArrayList<>();
		String token = null;
		do {
			var response = api.get(path + (token == null ? "" : "&nextToken=" + token), as.get(Role.ADMIN));
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			response.data().path("items").forEach(items::add);
			token = response.data().path("nextToken").isMissingNode() ? null
					: response.data().path("nextToken").asString();
		}
		while (token != null);
		return items;
	}

	static String[] with(String[] auth, String... more) {
		return Stream.concat(Stream.of(auth), Stream.of(more)).toArray(String[]::new);
	}

	StratusApi.Response act(Role role, String instanceId, String action, String requestId, String... more) {
		return api.post("/api/fleet/instances/" + instanceId + "/" + action,
				Map.of("reason", "fleet test"), with(as.get(role), with(more, "X-Request-Id", requestId)));
	}

	/** The audit entries written for this request id. */
	List<JsonNode> auditOf(String requestId) {
		return all("/api/fleet/audit?limit=100&from=" + Instant.now().minus(Duration.ofHours(1)) + "&userId=")
			.stream()
			.filter(entry -> requestId.equals(entry.path("requestId").asString()))
			.toList();
	}

	static String requestId() {
		return "fleet-" + UUID.randomUUID();
	}

	@Nested
	class Instances {

		@Test
		void listsTheWholeFleetAcrossRegionsPageByPage() {
			List<JsonNode> items = all("/api/fleet/instances?limit=5");

			assertThat(items).hasSize(12);
			assertThat(items.stream().map(item -> item.path("instanceId").asString()).distinct()).hasSize(12);
			assertThat(items.stream().map(item -> item.path("region").asString()).distinct())
				.containsExactly("us-east-1", "eu-west-1");
			assertThat(items).allSatisfy(item -> {
				assertThat(item.path("simulated").asBoolean()).isTrue();
				assertThat(item.path("tags").path("Name").asString()).isEqualTo(item.path("name").asString());
				assertThat(item.path("launchTime").asString()).endsWith("Z");
			});
		}

		@Test
		void filtersByStateTypeAndRegion() {
			assertThat(all("/api/fleet/instances?state=stopped").stream().map(item -> item.path("name").asString()))
				.containsExactlyInAnyOrder("build-agent", "analytics-eu");
			assertThat(all("/api/fleet/instances?type=m5.xlarge").stream().map(item -> item.path("name").asString()))
				.containsExactlyInAnyOrder("api-1", "api-eu-1", "directory-eu");
			assertThat(all("/api/fleet/instances?region=eu-west-1&limit=2")).hasSize(5)
				.allSatisfy(item -> assertThat(item.path("region").asString()).isEqualTo("eu-west-1"));
			assertThat(all("/api/fleet/instances?state=running&region=us-east-1")).hasSize(6)
				.allSatisfy(item -> assertThat(item.path("statusChecks").asString()).isIn("ok", "initializing"));
		}

		@Test
		void searchesNamesIdsAddressesAndTagValuesIgnoringCase() {
			assertThat(all("/api/fleet/instances?search=WEB-").stream().map(item -> item.path("name").asString()))
				.containsExactlyInAnyOrder("web-1", "web-2", "web-eu-1");
			assertThat(all("/api/fleet/instances?search=finance").stream().map(item -> item.path("name").asString()))
				.containsExactly("reporting");
			String address = byName.get("bastion").path("privateIp").asString();
			assertThat(all("/api/fleet/instances?search=" + address).stream().map(i -> i.path("name").asString()))
				.contains("bastion");
			assertThat(all("/api/fleet/instances?search=" + id("worker-eu-1").toUpperCase()).stream()
				.map(item -> item.path("name").asString())).containsExactly("worker-eu-1");
			assertThat(all("/api/fleet/instances?search=e&limit=1").size())
				.isEqualTo(all("/api/fleet/instances?search=e&limit=100").size());
		}

		@Test
		void refusesATamperedOrForeignPageToken() {
			var first = api.get("/api/fleet/instances?limit=5", as.get(Role.USER));
			String token = first.data().path("nextToken").asString();

			var foreign = api.get("/api/fleet/instances?limit=5&state=running&nextToken=" + token, as.get(Role.USER));
			var tampered = api.get("/api/fleet/instances?limit=5&nextToken=x" + token, as.get(Role.USER));

			assertThat(foreign.status()).isEqualTo(400);
			assertThat(foreign.errorCode()).isEqualTo("VALIDATION_ERROR");
			assertThat(tampered.status()).isEqualTo(400);
		}

		@Test
		void showsOneInstanceWithItsStatusChecks() {
			var running = api.get("/api/fleet/instances/" + id("api-eu-1"), as.get(Role.GUEST));
			var stopped = api.get("/api/fleet/instances/" + id("build-agent"), as.get(Role.GUEST));

			assertThat(running.status()).as(running.body()).isEqualTo(200);
			assertThat(running.data().path("region").asString()).isEqualTo("eu-west-1");
			assertThat(running.data().path("az").asString()).startsWith("eu-west-1");
			assertThat(running.data().path("platform").asString()).isNotBlank();
			assertThat(running.data().path("statusChecks").asString()).isIn("ok", "initializing");
			assertThat(stopped.data().path("state").asString()).isEqualTo("stopped");
			assertThat(stopped.data().path("statusChecks").asString()).isEqualTo("not-applicable");
		}

		@Test
		void answersNotFoundForAnUnknownOrMalformedInstance() {
			assertThat(api.get("/api/fleet/instances/i-0123456789abcdef0", as.get(Role.USER)).status()).isEqualTo(404);
			assertThat(api.get("/api/fleet/instances/not-an-id", as.get(Role.USER)).status()).isEqualTo(404);
		}

	}

	@Nested
	class Metrics {

		@Test
		void givesEachPeriodAtItsResolutionOldestFirst() {
			Map<String, Integer> resolutions = Map.of("1h", 60, "6h", 300, "24h", 900, "7d", 3600);
			resolutions.forEach((period, seconds) -> {
				var response = api.get("/api/fleet/instances/" + id("web-eu-1")
						+ "/metrics?metric=CPUUtilization&period=" + period + "&stat=Average", as.get(Role.USER));
				assertThat(response.status()).as(response.body()).isEqualTo(200);
				JsonNode data = response.data();
				assertThat(data.path("periodSeconds").asInt()).isEqualTo(seconds);
				assertThat(data.path("unit").asString()).isEqualTo("Percent");
				assertThat(data.path("metric").asString()).isEqualTo("CPUUtilization");
				List<Instant> times = new ArrayList<>();
				data.path("points").forEach(point -> times.add(Instant.parse(point.path("timestamp").asString())));
				assertThat(times).isNotEmpty().isSorted().hasSizeLessThanOrEqualTo(169);
				for (int i = 1; i < times.size(); i++) {
					assertThat(Duration.between(times.get(i - 1), times.get(i)).getSeconds() % seconds).isZero();
				}
			});
		}

		@Test
		void givesUnitsPerMetricAndSums() {
			var response = api.get(
					"/api/fleet/instances/" + id("web-1") + "/metrics?metric=NetworkIn&period=6h&stat=Sum",
					as.get(Role.USER));

			assertThat(response.data().path("unit").asString()).isEqualTo("Bytes");
			assertThat(response.data().path("stat").asString()).isEqualTo("Sum");
			assertThat(response.data().path("points").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(0);
		}

	}

	@Nested
	class Actions {

		@Test
		void rebootsARunningInstanceWhoseChecksInitializeThenRecover() {
			String instance = id("web-2");
			String requestId = requestId();

			var response = act(Role.ADMIN, instance, "reboot", requestId);

			assertThat(response.status()).as(response.body()).isEqualTo(202);
			assertThat(response.data().path("status").asString()).isEqualTo("ACCEPTED");
			assertThat(response.data().path("action").asString()).isEqualTo("reboot");
			assertThat(response.data().path("fromState").asString()).isEqualTo("running");
			Awaitility.await().atMost(SETTLE).pollInterval(Duration.ofMillis(250)).until(() -> checks(instance),
					"initializing"::equals);
			Awaitility.await().atMost(SETTLE).pollInterval(Duration.ofMillis(500)).until(() -> checks(instance),
					"ok"::equals);
			assertThat(auditOf(requestId)).singleElement().satisfies(entry -> {
				assertThat(entry.path("result").asString()).isEqualTo("ACCEPTED");
				assertThat(entry.path("id").asString()).isEqualTo(response.data().path("actionId").asString());
				assertThat(entry.path("sourceIp").asString()).isEqualTo("127.0.0.1");
				assertThat(entry.path("reason").asString()).isEqualTo("fleet test");
				assertThat(entry.path("userEmail").asString()).contains("@");
			});
		}

		String checks(String instanceId) {
			return api.get("/api/fleet/instances/" + instanceId, as.get(Role.USER))
				.data()
				.path("statusChecks")
				.asString();
		}

		@Test
		void refusesToStopAStoppedInstanceAndAuditsTheRefusal() {
			String requestId = requestId();

			var response = act(Role.ADMIN, id("analytics-eu"), "stop", requestId);

			assertThat(response.status()).as(response.body()).isEqualTo(409);
			assertThat(response.errorCode()).isEqualTo("CONFLICT");
			assertThat(auditOf(requestId)).singleElement()
				.satisfies(entry -> assertThat(entry.path("result").asString()).isEqualTo("REJECTED"));
		}

		@Test
		void refusesNonAdminsAndAuditsTheRefusal() {
			for (Role role : List.of(Role.MANAGER, Role.USER, Role.GUEST)) {
				String requestId = requestId();

				var response = act(role, id("bastion"), "reboot", requestId);

				assertThat(response.status()).as(role + " " + response.body()).isEqualTo(403);
				assertThat(auditOf(requestId)).singleElement().satisfies(entry -> {
					assertThat(entry.path("result").asString()).isEqualTo("REJECTED");
					assertThat(entry.path("error").asString()).contains("admin");
				});
			}
		}

		@Test
		void writesNoRecordForAnInvalidRequest() {
			String requestId = requestId();

			var shortReason = api.post("/api/fleet/instances/" + id("bastion") + "/reboot", Map.of("reason", "no"),
					with(as.get(Role.ADMIN), "X-Request-Id", requestId));
			var unknownAction = act(Role.ADMIN, id("bastion"), "terminate", requestId);

			assertThat(shortReason.status()).isEqualTo(400);
			assertThat(unknownAction.status()).isEqualTo(400);
			assertThat(auditOf(requestId)).isEmpty();
		}

		@Test
		void answersARetryWithTheFirstAnswerAndNoNewRecord() {
			String key = UUID.randomUUID().toString();
			String first = requestId();
			String retry = requestId();

			var accepted = act(Role.ADMIN, id("worker-1"), "reboot", first, "Idempotency-Key", key);
			var replayed = act(Role.ADMIN, id("worker-1"), "reboot", retry, "Idempotency-Key", key);
			var refused = act(Role.ADMIN, id("build-agent"), "stop", requestId(), "Idempotency-Key", key);

			assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
			assertThat(replayed.status()).isEqualTo(202);
			assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
			assertThat(replayed.data().path("actionId").asString())
				.isEqualTo(accepted.data().path("actionId").asString());
			assertThat(auditOf(first)).hasSize(1);
			assertThat(auditOf(retry)).isEmpty();
			assertThat(refused.status()).as("the key names another request").isEqualTo(409);
		}

		@Test
		void repeatsAFirstRefusalToItsRetry() {
			String key = UUID.randomUUID().toString();
			String retry = requestId();

			var first = act(Role.ADMIN, id("build-agent"), "reboot", requestId(), "Idempotency-Key", key);
			var again = act(Role.ADMIN, id("build-agent"), "reboot", retry, "Idempotency-Key", key);

			assertThat(first.status()).isEqualTo(409);
			assertThat(again.status()).isEqualTo(409);
			assertThat(auditOf(retry)).isEmpty();
		}

		@Test
		void leavesExactlyOneRecordPerRequestInARandomMix() {
			Random random = new Random(16);
			record Ask(Role role, String instance, String action, int status) {
			}
			List<Ask> kinds = List.of(new Ask(Role.ADMIN, "api-1", "reboot", 202),
					new Ask(Role.MANAGER, "api-1", "reboot", 403), new Ask(Role.USER, "web-1", "stop", 403),
					new Ask(Role.ADMIN, "web-1", "start", 409), new Ask(Role.ADMIN, "build-agent", "stop", 409),
					new Ask(Role.ADMIN, "build-agent", "reboot", 409));
			Map<String, Ask> sent = new HashMap<>();
			for (int i = 0; i < 12; i++) {
				Ask ask = kinds.get(random.nextInt(kinds.size()));
				String requestId = requestId();
				var response = act(ask.role(), id(ask.instance()), ask.action(), requestId);
				assertThat(response.status()).as(ask + " " + response.body()).isEqualTo(ask.status());
				sent.put(requestId, ask);
			}
			var unknown = act(Role.ADMIN, "i-0123456789abcdef0", "reboot", "fleet-unknown-" + UUID.randomUUID());
			assertThat(unknown.status()).isEqualTo(404);

			List<JsonNode> entries = all("/api/fleet/audit?limit=100&from=" + Instant.now().minus(Duration.ofHours(1))
					+ "&userId=");
			Set<String> seen = new HashSet<>();
			for (JsonNode entry : entries) {
				String requestId = entry.path("requestId").asString();
				if (sent.containsKey(requestId)) {
					assertThat(seen.add(requestId)).as("one record for " + requestId).isTrue();
					assertThat(entry.path("result").asString())
						.isEqualTo(sent.get(requestId).status() == 202 ? "ACCEPTED" : "REJECTED");
				}
			}
			assertThat(seen).isEqualTo(sent.keySet());
		}

	}

	@Nested
	class Audit {

		@Test
		void listsNewestFirstWithFilters() {
			String instance = id("directory-eu");
			act(Role.ADMIN, instance, "start", requestId());
			act(Role.MANAGER, instance, "stop", requestId());

			List<JsonNode> entries = all("/api/fleet/audit?limit=1&instanceId=" + instance + "&userId=");
			List<JsonNode> starts = all("/api/fleet/audit?instanceId=" + instance + "&action=start&userId=");
			Instant newest = Instant.parse(entries.get(0).path("timestamp").asString());
			List<JsonNode> upToNewest = all("/api/fleet/audit?instanceId=" + instance + "&to=" + newest + "&from="
					+ newest + "&userId=");

			assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
			assertThat(entries.stream().map(entry -> entry.path("timestamp").asString()).toList())
				.isSortedAccordingTo(java.util.Comparator.reverseOrder());
			assertThat(starts).isNotEmpty()
				.allSatisfy(entry -> assertThat(entry.path("action").asString()).isEqualTo("start"));
			assertThat(upToNewest).extracting(entry -> entry.path("id").asString())
				.contains(entries.get(0).path("id").asString());
		}

		@Test
		void exportsCsvWithTheContractHeaderAndOneRowPerEntry() {
			String requestId = requestId();
			act(Role.ADMIN, id("reporting"), "start", requestId);

			var csv = api.get("/api/fleet/audit.csv?instanceId=" + id("reporting"), as.get(Role.MANAGER));

			assertThat(csv.status()).as(csv.body()).isEqualTo(200);
			assertThat(csv.header("Content-Type")).startsWith("text/csv");
			String[] lines = csv.body().split("\r\n");
			assertThat(lines[0])
				.isEqualTo("id,timestamp,userId,userEmail,action,instanceId,reason,result,error,requestId,sourceIp");
			assertThat(Stream.of(lines).filter(line -> line.contains(requestId))).singleElement()
				.satisfies(line -> assertThat(line).contains(",start," + id("reporting") + ",", ",REJECTED,"));
			assertThat(lines).hasSize(all("/api/fleet/audit?instanceId=" + id("reporting") + "&userId=").size() + 1);
		}

		@Test
		void refusesBadFilters() {
			var response = api.get("/api/fleet/audit?from=yesterday&action=terminate", as.get(Role.ADMIN));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
		}

	}

	@Nested
	class Access {

		@Test
		void opensEachRouteToItsRoles() {
			String instance = id("web-eu-1");
			for (Role role : Role.values()) {
				boolean staff = role == Role.ADMIN || role == Role.MANAGER;
				assertThat(api.get("/api/fleet/instances", as.get(role)).status()).as(role + " list").isEqualTo(200);
				assertThat(api.get("/api/fleet/instances/" + instance, as.get(role)).status()).isEqualTo(200);
				assertThat(api.get("/api/fleet/instances/" + instance + "/metrics", as.get(role)).status())
					.isEqualTo(200);
				assertThat(api.get("/api/fleet/audit", as.get(role)).status()).as(role + " audit")
					.isEqualTo(staff ? 200 : 403);
				assertThat(api.get("/api/fleet/audit.csv", as.get(role)).status()).as(role + " csv")
					.isEqualTo(staff ? 200 : 403);
				assertThat(act(role, instance, "start", requestId()).status()).as(role + " start")
					.isEqualTo(role == Role.ADMIN ? 409 : 403);
			}
			for (String path : List.of("/api/fleet/instances", "/api/fleet/instances/" + instance,
					"/api/fleet/instances/" + instance + "/metrics", "/api/fleet/audit", "/api/fleet/audit.csv")) {
				assertThat(api.get(path).status()).as(path).isEqualTo(401);
			}
			assertThat(api.post("/api/fleet/instances/" + instance + "/reboot", Map.of("reason", "anonymous")).status())
				.isEqualTo(401);
			assertThat(api.delete("/api/fleet/audit", as.get(Role.ADMIN)).status()).isEqualTo(405);
		}

	}

}
