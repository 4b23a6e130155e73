package dev.stratus.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The customer-ID registry's calls (API.md, "Customers" and "API keys"), on one app instance: as a
 * signed-in admin with a bearer token, or as a machine client with an API key.
 */
final class Registry {

	/** The highest usage plan API.md allows a key. */
	static final int MAX_PER_MINUTE = 10_000;

	static final int MAX_PER_DAY = 10_000_000;

	private final Api api;

	private final Shop shop;

	Registry(Shop shop) {
		this.shop = shop;
		this.api = shop.api();
	}

	/** {@code POST /api/customers}: 202 with {@code executionId} when the workflow was started. */
	Api.Response register(String token, String id) {
		return api.post("/api/customers", customer(id), token);
	}

	Api.Response registerWithKey(String apiKey, String id) {
		return api.withKey("POST", "/api/customers", customer(id), apiKey);
	}

	private static Map<String, Object> customer(String id) {
		return Map.of("id", id, "name", "Bench customer " + id, "email", id.toLowerCase() + "@bench.test");
	}

	/** @return the execution id of an accepted registration, or empty when it was not answered 202 */
	static String executionId(Api.Response registration) {
		return registration.status() == 202 ? registration.data().path("executionId").asString("") : "";
	}

	Api.Response execution(String token, String executionId) {
		return api.get("/api/customers/executions/" + encode(executionId), token);
	}

	/** One page of executions with this status, newest first. */
	Api.Response executions(String token, String status, int limit) {
		return api.get("/api/customers/executions?status=" + encode(status) + "&limit=" + limit, token);
	}

	Api.Response customer(String token, String id) {
		return api.get("/api/customers/" + encode(id), token);
	}

	Api.Response customerWithKey(String apiKey, String id) {
		return api.withKey("GET", "/api/customers/" + encode(id), null, apiKey);
	}

	/** Every customer whose id starts with the prefix, all pages. */
	List<JsonNode> customers(String token, String prefix) {
		return shop.pages("/api/customers?limit=100&prefix=" + encode(prefix), token);
	}

	/** A key issued once: its id (to revoke it) and the secret (to send it). */
	record IssuedKey(String id, String key) {
	}

	/** Creates a key with the given scopes and usage plan (admin). */
	IssuedKey createKey(String token, String name, List<String> scopes, int perMinute, int perDay) {
		Api.Response created = api.post("/api/admin/api-keys", Map.of("name", name, "scopes", scopes,
				"rateLimitPerMinute", perMinute, "dailyQuota", perDay), token);
		if (created.status() != 201) {
			throw new IllegalStateException("Creating API key '" + name + "' answered " + created);
		}
		return new IssuedKey(created.data().path("id").asString(), created.data().path("key").asString());
	}

	Api.Response revokeKey(String token, String keyId) {
		return api.call("DELETE", "/api/admin/api-keys/" + encode(keyId), null, token, null);
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8);
	}

}
