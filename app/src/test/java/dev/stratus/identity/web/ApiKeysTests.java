package dev.stratus.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.StratusApi.Response;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.security.KeyProbe;
import dev.stratus.platform.security.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static dev.stratus.StratusApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Machine clients with API keys, over HTTP against the real local cloud: an admin creates, lists,
 * rotates and revokes keys; a key reaches only the routes its scopes open ({@link KeyProbe} stands in
 * for the customers module) and only within its usage plan.
 */
@IntegrationTest
class ApiKeysTests {

	private static final String KEYS = "/api/admin/api-keys";

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers users;

	String[] admin;

	String adminId;

	@BeforeEach
	void signInAsAdmin() {
		JsonNode session = users.signedIn(Role.ADMIN);
		admin = bearer(session.path("idToken").asString());
		adminId = session.path("user").path("userId").asString();
	}

	@Test
	void showsANewKeyOnceAndListsItWithoutTheKey() {
		var created = create(Map.of("name", "Billing sync", "scopes", List.of("customers:read")));

		assertThat(created.status()).isEqualTo(201);
		JsonNode key = created.data();
		assertThat(key.path("key").asString()).matches("stx_[0-9A-Za-z]{8}_[0-9A-Za-z]{32,}")
			.startsWith(key.path("prefix").asString() + "_");
		assertThat(key.path("prefix").asString()).matches("stx_[0-9A-Za-z]{8}");
		assertThat(key.path("rateLimitPerMinute").asInt()).isEqualTo(60);
		assertThat(key.path("dailyQuota").asLong()).isEqualTo(10_000);
		assertThat(key.has("expiresAt")).as("expiresAt is null, not absent").isTrue();
		assertThat(key.path("expiresAt").isNull()).isTrue();
		JsonNode listed = listed(key.path("id").asString());
		assertThat(listed.has("key")).isFalse();
		assertThat(api.get(KEYS + "?limit=100", admin).body()).doesNotContain(key.path("key").asString());
		assertThat(listed.path("prefix").asString()).isEqualTo(key.path("prefix").asString());
		assertThat(listed.path("name").asString()).isEqualTo("Billing sync");
		assertThat(listed.path("usageToday").asLong()).isZero();
		assertThat(listed.path("revoked").asBoolean()).isFalse();
		assertThat(listed.has("lastUsedAt")).isFalse();
	}

	@Test
	void letsAKeyActForItsAdminOnARouteItsScopeOpens() {
		JsonNode key = key("customers:read");

		var response = api.get(KeyProbe.PATH, apiKey(key));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.data().path("userId").asString()).isEqualTo(adminId);
		assertThat(response.data().path("apiKeyId").asString()).isEqualTo(key.path("id").asString());
		assertThat(response.header("X-RateLimit-Limit")).isEqualTo("60");
	}

	@Test
	void letsTheWriteScopeReadToo() {
		JsonNode key = key("customers:write");

		assertThat(api.post(KeyProbe.PATH, Map.of(), apiKey(key)).status()).isEqualTo(200);
		assertThat(api.get(KeyProbe.PATH, apiKey(key)).status()).isEqualTo(200);
	}

	@Test
	void refusesAKeyWithoutTheScopeTheRouteNeeds() {
		var response = api.post(KeyProbe.PATH, Map.of(), apiKey(key("customers:read")));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
		assertThat(response.tree().path("error").path("message").asString()).contains("customers:write");
	}

	@Test
	void refusesAKeyOnRoutesNotOpenedToKeys() {
		String[] key = apiKey(key("customers:write"));

		assertThat(api.get("/api/auth/me", key).status()).isEqualTo(403);
		assertThat(api.get(KEYS, key).status()).isEqualTo(403);
		assertThat(api.get("/api/products", key).status()).isEqualTo(403);
	}

	@Test
	void refusesAKeyAndABearerTokenTogether() {
		JsonNode key = key("customers:read");

		var response = api.get(KeyProbe.PATH, "X-Api-Key", key.path("key").asString(), admin[0], admin[1]);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void refusesUnknownRevokedAndExpiredKeysAlike() {
		JsonNode revoked = key("customers:read");
		JsonNode expiring = create(Map.of("name", "Short-lived", "scopes", List.of("customers:read"), "expiresAt",
				Instant.now().plusSeconds(2).toString()))
			.data();
		assertThat(api.get(KeyProbe.PATH, apiKey(expiring)).status()).isEqualTo(200);

		var revokedAnswer = api.delete(KEYS + "/" + revoked.path("id").asString(), admin);

		assertThat(revokedAnswer.status()).isEqualTo(200);
		assertThat(revokedAnswer.data().path("revokedId").asString()).isEqualTo(revoked.path("id").asString());
		Response unknown = api.get(KeyProbe.PATH, "X-Api-Key", "stx_AAAAAAAA_" + "B".repeat(43));
		Response ofRevoked = refusedWithin(Duration.ofSeconds(5), revoked);
		Response ofExpired = refusedWithin(Duration.ofSeconds(10), expiring);
		assertThat(List.of(unknown, ofRevoked, ofExpired)).allSatisfy(response -> {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.tree().path("error")).isEqualTo(unknown.tree().path("error"));
		});
		assertThat(listed(revoked.path("id").asString()).path("revoked").asBoolean()).isTrue();
	}

	@Test
	void rotatesAKeyWhoseOldOneWorksOnlyDuringTheGrace() {
		JsonNode old = create(Map.of("name", "Rotated", "scopes", List.of("customers:read"), "rateLimitPerMinute", 500,
				"dailyQuota", 7000))
			.data();

		var rotated = api.post(KEYS + "/" + old.path("id").asString() + "/rotate", Map.of("graceSeconds", 2), admin);

		assertThat(rotated.status()).isEqualTo(201);
		JsonNode fresh = rotated.data();
		assertThat(fresh.path("id").asString()).isNotEqualTo(old.path("id").asString());
		assertThat(fresh.path("key").asString()).isNotEqualTo(old.path("key").asString());
		assertThat(fresh.path("name").asString()).isEqualTo("Rotated");
		assertThat(fresh.path("rateLimitPerMinute").asInt()).isEqualTo(500);
		assertThat(fresh.path("dailyQuota").asLong()).isEqualTo(7000);
		assertThat(api.get(KeyProbe.PATH, apiKey(old)).status()).as("within the grace").isEqualTo(200);
		assertThat(api.get(KeyProbe.PATH, apiKey(fresh)).status()).isEqualTo(200);
		assertThat(refusedWithin(Duration.ofSeconds(10), old).status()).isEqualTo(401);
		assertThat(api.get(KeyProbe.PATH, apiKey(fresh)).status()).isEqualTo(200);
	}

	@Test
	void rotatesWithoutGraceByDefault() {
		JsonNode old = key("customers:read");

		var rotated = api.post(KEYS + "/" + old.path("id").asString() + "/rotate", "", admin);

		assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
		assertThat(api.get(KeyProbe.PATH, apiKey(old)).status()).isEqualTo(401);
		assertThat(api.get(KeyProbe.PATH, apiKey(rotated.data())).status()).isEqualTo(200);
	}

	@Test
	void refusesRequestsOverTheRatePerMinute() {
		JsonNode key = create(Map.of("name", "Slow", "scopes", List.of("customers:read"), "rateLimitPerMinute", 2))
			.data();

		var first = api.get(KeyProbe.PATH, apiKey(key));
		api.get(KeyProbe.PATH, apiKey(key));
		var third = api.get(KeyProbe.PATH, apiKey(key));

		assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("1");
		assertThat(third.status()).isEqualTo(429);
		assertThat(third.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
		assertThat(third.header("X-RateLimit-Limit")).isEqualTo("2");
		assertThat(third.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(third.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(Long.parseLong(third.header("X-RateLimit-Reset")))
			.isGreaterThan(Instant.now().getEpochSecond());
	}

	@Test
	void refusesRequestsOverTheDailyQuotaUntilMidnightUtc() {
		JsonNode key = create(Map.of("name", "Metered", "scopes", List.of("customers:read"), "dailyQuota", 2)).data();

		api.get(KeyProbe.PATH, apiKey(key));
		api.get(KeyProbe.PATH, apiKey(key));
		var third = api.get(KeyProbe.PATH, apiKey(key));

		long midnight = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
		assertThat(third.status()).isEqualTo(429);
		assertThat(third.header("X-RateLimit-Limit")).isEqualTo("2");
		assertThat(third.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(third.header("X-RateLimit-Reset"))).isEqualTo(midnight);
		assertThat(Long.parseLong(third.header("Retry-After"))).isPositive();
		assertThat(third.tree().path("error").path("message").asString()).contains("quota");
	}

	@Test
	void reportsUsageTodayAndWhenTheKeyWasLastUsed() {
		JsonNode key = key("customers:read");
		Instant before = Instant.now().minusSeconds(1);

		api.get(KeyProbe.PATH, apiKey(key));
		api.get(KeyProbe.PATH, apiKey(key));
		api.post(KeyProbe.PATH, Map.of(), apiKey(key));

		JsonNode listed = listed(key.path("id").asString());
		assertThat(listed.path("usageToday").asLong()).as("a refused request is not counted").isEqualTo(2);
		assertThat(Instant.parse(listed.path("lastUsedAt").asString())).isAfter(before);
	}

	@Test
	void answersAnUnknownKeyIdWith404() {
		String unknown = "/00000000-0000-0000-0000-000000000000";

		assertThat(api.delete(KEYS + unknown, admin).status()).isEqualTo(404);
		assertThat(api.post(KEYS + unknown + "/rotate", Map.of(), admin).status()).isEqualTo(404);
	}

	@Test
	void keepsKeysFromEveryoneButAdmins() {
		String[] manager = bearer(users.signedIn(Role.MANAGER).path("idToken").asString());

		assertThat(api.get(KEYS, manager).status()).isEqualTo(403);
		assertThat(api.post(KEYS, Map.of("name", "Mine", "scopes", List.of("customers:read")), manager).status())
			.isEqualTo(403);
	}

	@Nested
	class Validation {

		@Test
		void listsEveryBrokenField() {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("name", " ");
			body.put("scopes", List.of("customers:delete"));
			body.put("rateLimitPerMinute", 0);
			body.put("dailyQuota", 10_000_001);

			var response = create(body);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
			assertThat(fields(response)).contains("name", "scopes[0]", "rateLimitPerMinute", "dailyQuota");
		}

		@Test
		void refusesAKeyWithoutScopes() {
			var response = create(Map.of("name", "Nothing", "scopes", List.of()));

			assertThat(response.status()).isEqualTo(400);
			assertThat(fields(response)).containsExactly("scopes");
		}

		@Test
		void refusesAnExpiryInThePast() {
			var response = create(Map.of("name", "Stale", "scopes", List.of("customers:read"), "expiresAt",
					"2020-01-01T00:00:00.000Z"));

			assertThat(response.status()).isEqualTo(400);
			assertThat(fields(response)).containsExactly("expiresAt");
		}

		@Test
		void refusesAGraceOverADay() {
			String id = key("customers:read").path("id").asString();

			var response = api.post(KEYS + "/" + id + "/rotate", Map.of("graceSeconds", 86_401), admin);

			assertThat(response.status()).isEqualTo(400);
			assertThat(fields(response)).containsExactly("graceSeconds");
		}

		private List<String> fields(Response response) {
			List<String> fields = new ArrayList<>();
			response.tree()
				.path("error")
				.path("details")
				.forEach(problem -> fields.add(problem.path("field").asString()));
			return fields;
		}

	}

	private Response create(Map<String, ?> body) {
		return api.post(KEYS, body, admin);
	}

	private JsonNode key(String scope) {
		var created = create(Map.of("name", "Test key", "scopes", List.of(scope)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.data();
	}

	private JsonNode listed(String id) {
		for (JsonNode key : api.get(KEYS + "?limit=100", admin).data().path("items")) {
			if (key.path("id").asString().equals(id)) {
				return key;
			}
		}
		throw new AssertionError("API key " + id + " is not on the newest page");
	}

	private Response refusedWithin(Duration deadline, JsonNode key) {
		return Awaitility.await("the key is refused")
			.atMost(deadline)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> api.get(KeyProbe.PATH, apiKey(key)), response -> response.status() == 401);
	}

	private static String[] apiKey(JsonNode key) {
		return new String[] { "X-Api-Key", key.path("key").asString() };
	}

}
