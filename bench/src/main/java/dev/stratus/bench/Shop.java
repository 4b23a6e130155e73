package dev.stratus.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The API calls the harness makes, spelled as API.md has them, on one app instance. */
final class Shop {

	static final String ADMIN_EMAIL = "admin@bench.test";

	static final String ADMIN_PASSWORD = "Bench-Passw0rd";

	private final Api api;

	Shop(Api api) {
		this.api = api;
	}

	Api api() {
		return api;
	}

	/** @return the ID token of the harness's administrator */
	String loginAdmin() {
		Api.Response login = api.post("/api/auth/login",
				Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), null);
		if (login.status() != 200) {
			throw new IllegalStateException("Admin login on " + api.base() + " answered " + login);
		}
		return login.data().path("idToken").asString();
	}

	/** Creates a product in {@code electronics} with a unique SKU. @return its id */
	String createProduct(String token, String name, long quantity) {
		var body = new LinkedHashMap<String, Object>();
		body.put("name", name);
		body.put("description", "Created by the Stratus bench harness");
		body.put("category", "electronics");
		body.put("price", 1999);
		body.put("quantity", quantity);
		body.put("sku", "BENCH-" + UUID.randomUUID().toString().substring(0, 18));
		Api.Response created = api.post("/api/products", body, token);
		if (created.status() != 201) {
			throw new IllegalStateException("Creating product '" + name + "' answered " + created);
		}
		return created.data().path("id").asString();
	}

	Api.Response product(String token, String id) {
		return api.get("/api/products/" + id, token);
	}

	long stock(String token, String productId) {
		Api.Response product = product(token, productId);
		if (product.status() != 200) {
			throw new IllegalStateException("Reading product " + productId + " answered " + product);
		}
		return product.data().path("quantity").asLong();
	}

	Api.Response order(String token, String productId, int quantity, @Nullable String idempotencyKey) {
		return api.call("POST", "/api/orders", Map.of("productId", productId, "quantity", quantity), token,
				idempotencyKey);
	}

	Api.Response getOrder(String token, String orderId) {
		return api.get("/api/orders/" + orderId, token);
	}

	/** @return the order's status, or empty when it could not be read */
	Optional<String> status(String token, String orderId) {
		Api.Response order = getOrder(token, orderId);
		return order.status() == 200 ? Optional.of(order.data().path("status").asString()) : Optional.empty();
	}

	/** Every order of the caller, all pages. */
	List<JsonNode> orders(String token) {
		return pages("/api/orders?limit=100", token);
	}

	/** Every dead letter, all pages (admin). */
	List<JsonNode> deadLetters(String token) {
		return pages("/api/admin/dead-letters?limit=100", token);
	}

	/** Every item of a paged list, following {@code nextToken}; {@code first} has a query already. */
	List<JsonNode> pages(String first, String token) {
		List<JsonNode> items = new ArrayList<>();
		String path = first;
		for (int page = 0; page < 1000; page++) {
			Api.Response response = api.get(path, token);
			if (response.status() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response);
			}
			response.data().path("items").forEach(items::add);
			String next = response.data().path("nextToken").asString("");
			if (next.isEmpty()) {
				return items;
			}
			path = first + "&nextToken=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
		}
		throw new IllegalStateException("More than 1000 pages at " + first);
	}

	boolean healthy() {
		return health().status() == 200;
	}

	Api.Response health() {
		return api.get("/api/health", null);
	}

}
