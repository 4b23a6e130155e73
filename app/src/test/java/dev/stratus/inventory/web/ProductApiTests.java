package dev.stratus.inventory.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.inventory.Shoppers.Shopper;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The products part of the Inventory contract, over HTTP against the running app. */
@IntegrationTest
class ProductApiTests extends InventoryApiFixture {

	Shopper manager;

	Shopper user;

	@BeforeEach
	void signIn() {
		manager = users.create(Role.MANAGER);
		user = users.create(Role.USER);
	}

	private Map<String, Object> valid(String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("description", "A sturdy product for tests");
		body.put("category", "electronics");
		body.put("price", 2599);
		body.put("quantity", 12);
		body.put("sku", "SKU-" + UUID.randomUUID());
		return body;
	}

	private JsonNode create(Map<String, Object> body) {
		return createProduct(manager, body);
	}

	static String[] with(Shopper who, String... more) {
		List<String> headers = new ArrayList<>(List.of(who.auth()));
		headers.addAll(List.of(more));
		return headers.toArray(String[]::new);
	}

	static List<String> fields(StratusApi.Response response) {
		List<String> fields = new ArrayList<>();
		response.tree().path("error").path("details").forEach(problem -> fields.add(problem.path("field").asString()));
		return fields;
	}

	@Nested
	class Create {

		@Test
		void createsAProductWithEveryContractField() {
			var response = api.post("/api/products", valid("Desk lamp"), manager.auth());

			assertThat(response.status()).isEqualTo(201);
			JsonNode product = response.data();
			assertThat(product.path("id").asString()).matches("[0-9a-f-]{36}");
			assertThat(product.path("name").asString()).isEqualTo("Desk lamp");
			assertThat(product.path("price").asLong()).isEqualTo(2599);
			assertThat(product.path("quantity").asLong()).isEqualTo(12);
			assertThat(product.path("isLowStock").asBoolean()).isFalse();
			assertThat(product.path("createdBy").asString()).isEqualTo(manager.userId());
			assertThat(product.path("createdAt").asString())
					.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
			assertThat(product.has("updatedAt")).isTrue();
			assertThat(response.header("ETag")).isEqualTo("\"1.0\"");
		}

		@Test
		void rejectsATakenSku() {
			Map<String, Object> first = valid("Original");
			create(first);
			Map<String, Object> second = valid("Copy");
			second.put("sku", first.get("sku"));

			var response = api.post("/api/products", second, manager.auth());

			assertThat(response.status()).isEqualTo(409);
			assertThat(response.errorCode()).isEqualTo("DUPLICATE_ENTRY");
			assertThat(api.get("/api/products?search=Copy&limit=100", user.auth()).data().path("items"))
				.noneMatch(item -> item.path("sku").asString().equals(first.get("sku")));
		}

		@Test
		void keepsASkuUniqueUnderConcurrentCreates() throws Exception {
			String sku = "RACE-" + UUID.randomUUID();
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				List<Future<Integer>> statuses = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					Map<String, Object> body = valid("Racer " + i);
					body.put("sku", sku);
					statuses.add(pool.submit(
							(Callable<Integer>) () -> api.post("/api/products", body, manager.auth()).status()));
				}
				List<Integer> results = new ArrayList<>();
				for (Future<Integer> status : statuses) {
					results.add(status.get());
				}
				assertThat(results).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
			}
			finally {
				pool.shutdownNow();
			}
		}

		@Test
		void refusesUsersAndGuests() {
			Shopper guest = users.create(Role.GUEST);

			assertThat(api.post("/api/products", valid("Nope"), user.auth()).errorCode()).isEqualTo("FORBIDDEN");
			assertThat(api.post("/api/products", valid("Nope"), guest.auth()).status()).isEqualTo(403);
			assertThat(api.post("/api/products", valid("Nope")).status()).isEqualTo(401);
		}

	}

	@Nested
	class Read {

		@Test
		void readsAProductWithItsETagForEverySignedInRole() {
			JsonNode product = create(valid("Readable"));
			Shopper guest = users.create(Role.GUEST);

			var response = api.get("/api/products/" + product.path("id").asString(), guest.auth());

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.data().path("name").asString()).isEqualTo("Readable");
			assertThat(response.header("ETag")).isEqualTo("\"1.0\"");
		}

		@Test
		void answersAnUnknownProductWith404() {
			var response = api.get("/api/products/" + UUID.randomUUID(), user.auth());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.errorCode()).isEqualTo("NOT_FOUND");
		}

	}

	@Nested
	class List_ {

		@Test
		void pagesASearchNewestFirstWithFullPages() {
			String tag = "Pageable" + UUID.randomUUID().toString().substring(0, 8);
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				ids.add(create(valid(tag + " item " + i)).path("id").asString());
				create(valid("Unrelated " + i));
			}

			var first = api.get("/api/products?search=" + tag.toLowerCase() + "&limit=2", user.auth());
			var second = api.get("/api/products?search=" + tag.toLowerCase() + "&limit=2&nextToken="
					+ first.data().path("nextToken").asString(), user.auth());
			var third = api.get("/api/products?search=" + tag.toLowerCase() + "&limit=2&nextToken="
					+ second.data().path("nextToken").asString(), user.auth());

			assertThat(first.data().path("count").asInt()).isEqualTo(2);
			assertThat(second.data().path("count").asInt()).isEqualTo(2);
			assertThat(third.data().path("count").asInt()).isEqualTo(1);
			assertThat(third.data().has("nextToken")).isFalse();
			List<String> seen = new ArrayList<>();
			for (var page : List.of(first, second, third)) {
				page.data().path("items").forEach(item -> seen.add(item.path("id").asString()));
			}
			assertThat(seen).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
			JsonNode item = first.data().path("items").get(0);
			for (String field : List.of("id", "name", "category", "price", "quantity", "isLowStock", "createdAt")) {
				assertThat(item.has(field)).as(field).isTrue();
			}
		}

		@Test
		void filtersByCategory() {
			Map<String, Object> food = valid("Category apple");
			food.put("category", "food");
			String id = create(food).path("id").asString();

			var response = api.get("/api/products?category=food&limit=100", user.auth());

			assertThat(response.data().path("items")).allMatch(item -> item.path("category").asString().equals("food"))
				.anyMatch(item -> item.path("id").asString().equals(id));
		}

		@Test
		void showsLowStockToAdminsAndManagersOnly() {
			Map<String, Object> scarce = valid("Scarce thing");
			scarce.put("quantity", 3);
			String id = create(scarce).path("id").asString();

			var response = api.get("/api/products?lowStock=true&limit=100", manager.auth());

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.data().path("items")).allMatch(item -> item.path("isLowStock").asBoolean())
				.anyMatch(item -> item.path("id").asString().equals(id));
			assertThat(api.get("/api/products?lowStock=true", user.auth()).errorCode()).isEqualTo("FORBIDDEN");
		}

		@Test
		void rejectsBadParametersAndForeignTokens() {
			String tag = "Tokened" + UUID.randomUUID().toString().substring(0, 8);
			create(valid(tag + " a"));
			create(valid(tag + " b"));
			String token = api.get("/api/products?search=" + tag.toLowerCase() + "&limit=1", user.auth())
				.data()
				.path("nextToken")
				.asString();

			var badLimit = api.get("/api/products?limit=101&category=toys", user.auth());
			assertThat(badLimit.errorCode()).isEqualTo("VALIDATION_ERROR");
			assertThat(fields(badLimit)).containsExactlyInAnyOrder("limit", "category");
			assertThat(api.get("/api/products?limit=abc", user.auth()).errorCode()).isEqualTo("BAD_REQUEST");
			assertThat(api.get("/api/products?limit=1&nextToken=" + token + "x", user.auth()).errorCode())
				.isEqualTo("VALIDATION_ERROR");
			assertThat(api.get("/api/products?category=food&limit=1&nextToken=" + token, user.auth()).errorCode())
				.isEqualTo("VALIDATION_ERROR");
		}

	}

	@Nested
	class Update {

		@Test
		void changesOnlyTheGivenFieldsAndBumpsTheVersion() {
			JsonNode product = create(valid("Editable"));
			String id = product.path("id").asString();

			var response = api.put("/api/products/" + id, Map.of("price", 1999, "quantity", 4), manager.auth());

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.data().path("price").asLong()).isEqualTo(1999);
			assertThat(response.data().path("isLowStock").asBoolean()).isTrue();
			assertThat(response.data().path("name").asString()).isEqualTo("Editable");
			assertThat(response.header("ETag")).isEqualTo("\"2.0\"");
		}

		@Test
		void honoursIfMatch() {
			String id = create(valid("Versioned")).path("id").asString();

			var current = api.put("/api/products/" + id, Map.of("name", "Versioned two"),
					with(manager, "If-Match", "\"1\""));
			var stale = api.put("/api/products/" + id, Map.of("name", "Versioned three"),
					with(manager, "If-Match", "\"1\""));

			assertThat(current.status()).isEqualTo(200);
			assertThat(stale.status()).isEqualTo(409);
			assertThat(stale.errorCode()).isEqualTo("CONFLICT");
			assertThat(api.get("/api/products/" + id, user.auth()).data().path("name").asString())
					.isEqualTo("Versioned two");
		}

		@Test
		void refusesAStockEditReadBeforeOrdersThatRaceItAndKeepsEveryOrder() throws Exception {
			Map<String, Object> body = valid("Restocked");
			body.put("quantity", 100);
			String id = create(body).path("id").asString();
			String readBeforeOrders = api.get("/api/products/" + id, manager.auth()).header("ETag");
			assertThat(api.post("/api/orders", Map.of("productId", id, "quantity", 1), user.auth()).status())
				.isEqualTo(201);

			Race stale = race(id, 40, readBeforeOrders);

			assertThat(stale.edit().status()).isEqualTo(409);
			assertThat(stale.edit().errorCode()).isEqualTo("CONFLICT");
			var after = api.get("/api/products/" + id, user.auth()).data();
			assertThat(after.path("quantity").asLong()).isEqualTo(100 - 1 - stale.ordersPlaced());
			assertThat(after.path("version").asLong()).isEqualTo(1);
			// Edits that leave the stock alone are not stale under order traffic.
			assertThat(api.put("/api/products/" + id, Map.of("name", "Renamed under traffic"),
					with(manager, "If-Match", readBeforeOrders)).status()).isEqualTo(200);

			// From a fresh reading the edit may win: then every order placed in the race came after it.
			long before = api.get("/api/products/" + id, user.auth()).data().path("quantity").asLong();
			Race fresh = race(id, 40, api.get("/api/products/" + id, manager.auth()).header("ETag"));

			long stock = api.get("/api/products/" + id, user.auth()).data().path("quantity").asLong();
			if (fresh.edit().status() == 200) {
				assertThat(stock).isEqualTo(40 - fresh.ordersPlaced());
			}
			else {
				assertThat(fresh.edit().errorCode()).isEqualTo("CONFLICT");
				assertThat(stock).isEqualTo(before - fresh.ordersPlaced());
			}
		}

		private record Race(StratusApi.Response edit, long ordersPlaced) {
		}

		/** Ten buyers order one each while the manager sets the stock to {@code quantity}, all at once. */
		private Race race(String id, long quantity, String ifMatch) throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(11);
			CountDownLatch start = new CountDownLatch(1);
			try {
				List<Future<StratusApi.Response>> orders = new ArrayList<>();
				for (int i = 0; i < 10; i++) {
					orders.add(pool.submit(() -> {
						start.await();
						return api.post("/api/orders", Map.of("productId", id, "quantity", 1), user.auth());
					}));
				}
				Future<StratusApi.Response> edit = pool.submit(() -> {
					start.await();
					return api.put("/api/products/" + id, Map.of("quantity", quantity),
							with(manager, "If-Match", ifMatch));
				});
				start.countDown();
				long placed = 0;
				for (Future<StratusApi.Response> order : orders) {
					placed += order.get().status() == 201 ? 1 : 0;
				}
				return new Race(edit.get(), placed);
			}
			finally {
				pool.shutdownNow();
			}
		}

		@Test
		void movesTheSkuGuardWithTheSku() {
			Map<String, Object> body = valid("Renamed sku");
			String oldSku = (String) body.get("sku");
			String id = create(body).path("id").asString();
			String newSku = "NEW-" + UUID.randomUUID();

			assertThat(api.put("/api/products/" + id, Map.of("sku", newSku), manager.auth()).status()).isEqualTo(200);

			Map<String, Object> reuseOld = valid("Takes the old sku");
			reuseOld.put("sku", oldSku);
			assertThat(api.post("/api/products", reuseOld, manager.auth()).status()).isEqualTo(201);
			Map<String, Object> takeNew = valid("Wants the new sku");
			takeNew.put("sku", newSku);
			assertThat(api.post("/api/products", takeNew, manager.auth()).errorCode()).isEqualTo("DUPLICATE_ENTRY");
		}

		@Test
		void answersUnknownProductsWith404AndUsersWith403() {
			assertThat(api.put("/api/products/" + UUID.randomUUID(), Map.of("name", "Ghost"), manager.auth()).status())
				.isEqualTo(404);
			String id = create(valid("Guarded")).path("id").asString();
			assertThat(api.put("/api/products/" + id, Map.of("name", "Mine now"), user.auth()).status()).isEqualTo(403);
		}

	}

	@Nested
	class Delete {

		@Test
		void deletesAProductAndFreesItsSku() {
			Map<String, Object> body = valid("Doomed");
			String id = create(body).path("id").asString();

			var response = api.delete("/api/products/" + id, manager.auth());

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.data().path("message").asString()).isEqualTo("Product deleted successfully");
			assertThat(response.data().path("deletedId").asString()).isEqualTo(id);
			assertThat(api.get("/api/products/" + id, user.auth()).status()).isEqualTo(404);
			assertThat(api.delete("/api/products/" + id, manager.auth()).status()).isEqualTo(404);
			assertThat(api.post("/api/products", body, manager.auth()).status()).isEqualTo(201);
		}

	}

	@Nested
	class Image {

		@Test
		void uploadsAnImageStraightToStorageAndServesItThroughTheApp() throws Exception {
			String id = create(valid("Pictured")).path("id").asString();

			var prepared = api.post("/api/products/" + id + "/image", Map.of("contentType", "image/png"),
					manager.auth());

			assertThat(prepared.status()).isEqualTo(200);
			assertThat(prepared.data().path("expiresIn").asInt()).isEqualTo(900);
			String imageUrl = prepared.data().path("imageUrl").asString();
			HttpClient http = HttpClient.newHttpClient();
			var upload = http.send(HttpRequest.newBuilder(URI.create(prepared.data().path("uploadUrl").asString()))
				.header("Content-Type", "image/png")
				.PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 1, 2, 3 }))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(upload.statusCode()).isEqualTo(200);
			assertThat(api.get("/api/products/" + id, user.auth()).data().path("imageUrl").asString())
					.isEqualTo(imageUrl);

			var redirect = api.send(HttpRequest.newBuilder(URI.create(imageUrl)).headers(user.auth()).GET().build());
			assertThat(redirect.status()).isEqualTo(302);
			var image = http.send(HttpRequest.newBuilder(URI.create(redirect.header("Location"))).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(image.body()).containsExactly(1, 2, 3);
		}

	}

}
