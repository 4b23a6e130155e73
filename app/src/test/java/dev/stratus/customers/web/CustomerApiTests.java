package dev.stratus.customers.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * The Customers part of the contract over HTTP against the running app: each registration runs the
 * real {@code customer-registration} workflow on the local cloud, and the tests follow its execution
 * until it stops.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerApiTests {

	private static final Duration RUN_TIME = Duration.ofSeconds(30);

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers users;

	String[] admin;

	String adminId;

	String[] manager;

	@BeforeAll
	void signIn() {
		JsonNode session = users.signedIn(Role.ADMIN);
		admin = StratusApi.bearer(session.path("idToken").asString());
		adminId = session.path("user").path("userId").asString();
		manager = StratusApi.bearer(users.signedIn(Role.MANAGER).path("idToken").asString());
	}

	/** An id no other test uses, in the contract's id alphabet. */
	static String newId(String what) {
		return what + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	String register(Map<String, ?> body, String... auth) {
		var response = api.post("/api/customers", body, auth);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		assertThat(response.data().path("status").asString()).isEqualTo("RUNNING");
		return response.data().path("executionId").asString();
	}

	/** The execution once it has stopped (SUCCEEDED or FAILED). */
	JsonNode finished(String executionId) {
		return Awaitility.await().atMost(RUN_TIME).pollInterval(Duration.ofMillis(100)).until(() -> {
			var response = api.get("/api/customers/executions/" + executionId, admin);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			return response.data();
		}, execution -> !"RUNNING".equals(execution.path("status").asString()));
	}

	static List<String> stepNames(JsonNode execution) {
		List<String> names = new ArrayList<>();
		execution.path("steps").forEach(step -> names.add(step.path("name").asString()));
		return names;
	}

	@Nested
	class Register {

		@Test
		void registersAValidIdAndStoresItWithWhoAndWhichExecution() {
			String id = newId("cust");

			String executionId = register(Map.of("id", id, "name", "Ada Lovelace", "email", "ada@example.com",
					"attributes", Map.of("tier", "gold")), admin);
			JsonNode execution = finished(executionId);

			assertThat(execution.path("status").asString()).as(execution.toString()).isEqualTo("SUCCEEDED");
			assertThat(execution.path("executionId").asString()).isEqualTo(executionId);
			assertThat(execution.path("input").path("customer").path("id").asString()).isEqualTo(id);
			assertThat(execution.has("startedAt")).isTrue();
			assertThat(execution.has("stoppedAt")).isTrue();
			assertThat(execution.has("error")).isFalse();
			assertThat(stepNames(execution)).containsExactly("Validate", "IsValid", "Insert", "Registered");
			execution.path("steps").forEach(step -> {
				assertThat(step.path("status").asString()).isEqualTo("SUCCEEDED");
				assertThat(step.has("enteredAt") && step.has("exitedAt") && step.has("input")).isTrue();
				assertThat(step.path("attempts").asInt()).isGreaterThanOrEqualTo(step.path("type").asString()
					.equals("Task") ? 1 : 0);
			});
			var stored = api.get("/api/customers/" + id, admin);
			assertThat(stored.status()).as(stored.body()).isEqualTo(200);
			JsonNode customer = stored.data();
			assertThat(customer.path("id").asString()).isEqualTo(id);
			assertThat(customer.path("name").asString()).isEqualTo("Ada Lovelace");
			assertThat(customer.path("email").asString()).isEqualTo("ada@example.com");
			assertThat(customer.path("attributes").path("tier").asString()).isEqualTo("gold");
			assertThat(customer.path("createdBy").asString()).isEqualTo(adminId);
			assertThat(customer.path("executionId").asString()).isEqualTo(executionId);
			assertThat(customer.path("createdAt").asString())
				.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
			assertThat(customer.has("apiKeyId")).isFalse();
		}

		@Test
		void makesTheExecutionReadableBeforeAnswering() {
			String executionId = register(Map.of("id", newId("early")), manager);

			var response = api.get("/api/customers/executions/" + executionId, manager);

			assertThat(response.status()).as(response.body()).isEqualTo(200);
			assertThat(response.data().path("status").asString()).isIn("RUNNING", "SUCCEEDED");
		}

		@Test
		void failsAnInvalidIdWithItsReasonAndInsertsNothing() {
			String id = "no spaces " + UUID.randomUUID();

			JsonNode execution = finished(register(Map.of("id", id), admin));

			assertRejected(execution, "INVALID_ID");
			assertThat(stepNames(execution)).containsSubsequence("Validate", "IsValid", "LogRejection", "Rejected")
				.doesNotContain("Insert");
			assertThat(api.get("/api/customers?prefix=" + "no", admin).data().toString()).doesNotContain(id);
		}

		@Test
		void failsAnInvalidEmailWithItsReasonAndInsertsNothing() {
			String id = newId("mail");

			JsonNode execution = finished(register(Map.of("id", id, "email", "not-an-address"), admin));

			assertRejected(execution, "INVALID_EMAIL");
			assertThat(api.get("/api/customers/" + id, admin).status()).isEqualTo(404);
		}

		@Test
		void failsADuplicateAndKeepsTheFirst() {
			String id = newId("dup");
			String first = register(Map.of("id", id, "name", "First"), admin);
			assertThat(finished(first).path("status").asString()).isEqualTo("SUCCEEDED");

			JsonNode second = finished(register(Map.of("id", id, "name", "Second"), admin));

			assertRejected(second, "DUPLICATE_ENTRY");
			JsonNode stored = api.get("/api/customers/" + id, admin).data();
			assertThat(stored.path("name").asString()).isEqualTo("First");
			assertThat(stored.path("executionId").asString()).isEqualTo(first);
		}

		@Test
		void treatsIdsCaseSensitively() {
			String id = newId("Case");

			assertThat(finished(register(Map.of("id", id), admin)).path("status").asString()).isEqualTo("SUCCEEDED");
			assertThat(finished(register(Map.of("id", id.toLowerCase(java.util.Locale.ROOT)), admin)).path("status")
				.asString()).isEqualTo("SUCCEEDED");
		}

		@Test
		void registersExactlyOneOfFiftyConcurrentRegistrationsOfOneId() throws Exception {
			String id = newId("race");
			List<Callable<String>> posts = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				posts.add(() -> register(Map.of("id", id), admin));
			}
			List<String> executionIds = new ArrayList<>();
			ExecutorService pool = Executors.newFixedThreadPool(16);
			try {
				for (Future<String> started : pool.invokeAll(posts)) {
					executionIds.add(started.get());
				}
			}
			finally {
				pool.shutdownNow();
			}

			Map<String, Integer> outcomes = new HashMap<>();
			String winner = null;
			for (String executionId : executionIds) {
				JsonNode execution = finished(executionId);
				String outcome = execution.path("status").asString() + " "
						+ execution.path("error").path("code").asString();
				outcomes.merge(outcome.trim(), 1, Integer::sum);
				if ("SUCCEEDED".equals(execution.path("status").asString())) {
					winner = executionId;
				}
			}

			assertThat(outcomes)
				.containsExactlyInAnyOrderEntriesOf(Map.of("SUCCEEDED", 1, "FAILED DUPLICATE_ENTRY", 49));
			assertThat(api.get("/api/customers/" + id, admin).data().path("executionId").asString()).isEqualTo(winner);
		}

		private void assertRejected(JsonNode execution, String code) {
			assertThat(execution.path("status").asString()).as(execution.toString()).isEqualTo("FAILED");
			assertThat(execution.path("error").path("code").asString()).isEqualTo(code);
			assertThat(execution.path("error").path("cause").asString()).isNotBlank();
			assertThat(execution.has("stoppedAt")).isTrue();
		}

	}

	@Nested
	class IdempotencyKey {

		@Test
		void answersAReplayWithTheSameExecution() {
			String key = "reg-" + UUID.randomUUID();
			Map<String, String> body = Map.of("id", newId("idem"), "name", "Once");

			var first = api.post("/api/customers", body, with(admin, "Idempotency-Key", key));
			var replay = api.post("/api/customers", body, with(admin, "Idempotency-Key", key));

			assertThat(first.status()).as(first.body()).isEqualTo(202);
			assertThat(replay.status()).as(replay.body()).isEqualTo(202);
			assertThat(replay.data().path("executionId").asString())
				.isEqualTo(first.data().path("executionId").asString());
			assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
			assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
		}

		@Test
		void refusesTheSameKeyWithAnotherBody() {
			String key = "reg-" + UUID.randomUUID();
			api.post("/api/customers", Map.of("id", newId("idem")), with(admin, "Idempotency-Key", key));

			var other = api.post("/api/customers", Map.of("id", newId("other")), with(admin, "Idempotency-Key", key));

			assertThat(other.status()).as(other.body()).isEqualTo(409);
			assertThat(other.errorCode()).isEqualTo("CONFLICT");
		}

		@Test
		void keepsOneCallersKeysApartFromAnothers() {
			String key = "reg-" + UUID.randomUUID();
			String mine = register(Map.of("id", newId("idem")), with(admin, "Idempotency-Key", key));

			String theirs = register(Map.of("id", newId("idem")), with(manager, "Idempotency-Key", key));

			assertThat(theirs).isNotEqualTo(mine);
		}

	}

	@Nested
	class Read {

		@Test
		void listsByPrefixInIdOrderPageByPage() {
			String prefix = "pg" + UUID.randomUUID().toString().substring(0, 8) + "-";
			List<String> ids = List.of(prefix + "e", prefix + "a", prefix + "c", prefix + "b", prefix + "d");
			List<String> executions = ids.stream().map(id -> register(Map.of("id", id), admin)).toList();
			executions.forEach(executionId -> assertThat(finished(executionId).path("status").asString())
				.isEqualTo("SUCCEEDED"));

			List<String> seen = new ArrayList<>();
			String token = null;
			int pages = 0;
			do {
				var page = api.get("/api/customers?prefix=" + prefix + "&limit=2"
						+ (token == null ? "" : "&nextToken=" + token), admin);
				assertThat(page.status()).as(page.body()).isEqualTo(200);
				page.data().path("items").forEach(item -> seen.add(item.path("id").asString()));
				assertThat(page.data().path("count").asInt()).isEqualTo(page.data().path("items").size());
				token = page.data().path("nextToken").isString() ? page.data().path("nextToken").asString() : null;
				pages++;
			}
			while (token != null && pages < 10);

			assertThat(seen).containsExactly(prefix + "a", prefix + "b", prefix + "c", prefix + "d", prefix + "e");
			assertThat(pages).isEqualTo(3);
		}

		@Test
		void refusesATamperedPageToken() {
			var response = api.get("/api/customers?prefix=a&nextToken=bm90LWEtdG9rZW4.c2ln", admin);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
		}

		@Test
		void answersAnUnknownCustomerOrExecutionWithNotFound() {
			assertThat(api.get("/api/customers/" + newId("none"), admin).status()).isEqualTo(404);
			assertThat(api.get("/api/customers/executions/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
		}

		@Test
		void listsExecutionsNewestFirstWithoutStepsAndByStatus() {
			String failed = register(Map.of("id", "bad id " + UUID.randomUUID()), admin);
			finished(failed);

			var page = api.get("/api/customers/executions?status=FAILED&limit=100", admin);

			assertThat(page.status()).as(page.body()).isEqualTo(200);
			List<String> found = new ArrayList<>();
			page.data().path("items").forEach(item -> {
				assertThat(item.path("status").asString()).isEqualTo("FAILED");
				assertThat(item.has("steps")).isFalse();
				found.add(item.path("executionId").asString());
			});
			assertThat(found).contains(failed);
			var all = api.get("/api/customers/executions?limit=5", admin).data().path("items");
			for (int i = 1; i < all.size(); i++) {
				assertThat(all.get(i - 1).path("startedAt").asString())
					.isGreaterThanOrEqualTo(all.get(i).path("startedAt").asString());
			}
		}

		@Test
		void servesTheWorkflowDocumentAsTheRepositoryKeepsIt() {
			var response = api.get("/api/customers/workflow", manager);

			assertThat(response.status()).as(response.body()).isEqualTo(200);
			JsonNode document = response.data();
			assertThat(document.path("StartAt").asString()).isEqualTo("Validate");
			assertThat(document.path("States").path("Validate").path("Resource").asString())
				.isEqualTo("${CustomerValidateFunction}");
			assertThat(document.path("States").path("Insert").path("Resource").asString())
				.isEqualTo("arn:aws:states:::dynamodb:putItem");
			assertThat(document.path("States").path("Rejected").path("Type").asString()).isEqualTo("Fail");
		}

	}

	@Nested
	class Delete {

		@Test
		void deletesACustomerOnce() {
			String id = newId("del");
			assertThat(finished(register(Map.of("id", id), admin)).path("status").asString()).isEqualTo("SUCCEEDED");

			var deleted = api.delete("/api/customers/" + id, manager);
			var again = api.delete("/api/customers/" + id, manager);

			assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
			assertThat(deleted.data().path("deletedId").asString()).isEqualTo(id);
			assertThat(api.get("/api/customers/" + id, admin).status()).isEqualTo(404);
			assertThat(again.status()).isEqualTo(404);
		}

	}

	@Nested
	class Access {

		@Test
		void keepsUsersGuestsAndAnonymousCallersOut() {
			for (Role role : List.of(Role.USER, Role.GUEST)) {
				String[] auth = StratusApi.bearer(users.signedIn(role).path("idToken").asString());
				assertThat(api.post("/api/customers", Map.of("id", newId("no")), auth).status()).as(role.name())
					.isEqualTo(403);
				assertThat(api.get("/api/customers", auth).status()).as(role.name()).isEqualTo(403);
				assertThat(api.get("/api/customers/workflow", auth).status()).as(role.name()).isEqualTo(403);
				assertThat(api.get("/api/customers/executions", auth).status()).as(role.name()).isEqualTo(403);
				assertThat(api.delete("/api/customers/some-id", auth).status()).as(role.name()).isEqualTo(403);
			}
			assertThat(api.post("/api/customers", Map.of("id", newId("no"))).status()).isEqualTo(401);
			assertThat(api.get("/api/customers").status()).isEqualTo(401);
		}

		@Test
		void letsManagersAndAdminsIn() {
			assertThat(api.get("/api/customers", manager).status()).isEqualTo(200);
			assertThat(api.get("/api/customers/executions", admin).status()).isEqualTo(200);
		}

	}

	@Nested
	class ApiKeys {

		/** A new key of the signed-in admin with {@code scopes}: its id and its {@code X-Api-Key} header. */
		private KeyInUse key(String... scopes) {
			var created = api.post("/api/admin/api-keys", Map.of("name", "Customers test", "scopes", List.of(scopes)),
					admin);
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			return new KeyInUse(created.data().path("id").asString(),
					new String[] { "X-Api-Key", created.data().path("key").asString() });
		}

		private record KeyInUse(String id, String[] header) {
		}

		@Test
		void registersWithAWriteKeyForTheKeysOwnerAndRecordsTheKey() {
			KeyInUse key = key("customers:write");
			String id = newId("keyed");

			JsonNode execution = finished(register(Map.of("id", id), key.header()));

			assertThat(execution.path("status").asString()).as(execution.toString()).isEqualTo("SUCCEEDED");
			var stored = api.get("/api/customers/" + id, key.header());
			assertThat(stored.status()).as(stored.body()).isEqualTo(200);
			assertThat(stored.data().path("createdBy").asString()).isEqualTo(adminId);
			assertThat(stored.data().path("apiKeyId").asString()).isEqualTo(key.id());
			assertThat(api.delete("/api/customers/" + id, key.header()).status()).isEqualTo(200);
		}

		@Test
		void letsAReadKeyReadButNotWrite() {
			KeyInUse key = key("customers:read");

			assertThat(api.get("/api/customers", key.header()).status()).isEqualTo(200);
			assertThat(api.get("/api/customers/workflow", key.header()).status()).isEqualTo(200);
			assertThat(api.get("/api/customers/executions", key.header()).status()).isEqualTo(200);
			var register = api.post("/api/customers", Map.of("id", newId("ro")), key.header());
			assertThat(register.status()).as(register.body()).isEqualTo(403);
			assertThat(register.errorCode()).isEqualTo("FORBIDDEN");
			assertThat(api.delete("/api/customers/" + newId("ro"), key.header()).status()).isEqualTo(403);
		}

	}

	static String[] with(String[] auth, String name, String value) {
		String[] headers = java.util.Arrays.copyOf(auth, auth.length + 2);
		headers[auth.length] = name;
		headers[auth.length + 1] = value;
		return headers;
	}

}
