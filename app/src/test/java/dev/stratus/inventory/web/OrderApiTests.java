package dev.stratus.inventory.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.inventory.Shoppers.Shopper;
import dev.stratus.platform.security.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.stratus.inventory.web.ProductApiTests.fields;
import static dev.stratus.inventory.web.ProductApiTests.with;
import static org.assertj.core.api.Assertions.assertThat;

/** The orders part of the Inventory contract, over HTTP against the running app. */
@IntegrationTest
class OrderApiTests extends InventoryApiFixture {

	Shopper manager;

	Shopper user;

	@BeforeEach
	void signIn() {
		manager = users.create(Role.MANAGER);
		user = users.create(Role.USER);
	}

	private String product(long quantity) {
		return createProduct(manager, Map.of("name", "Orderable " + UUID.randomUUID(), "description",
				"Something to order in tests", "category", "other", "price", 1250, "quantity", quantity, "sku",
				"ORD-" + UUID.randomUUID()))
			.path("id")
			.asString();
	}

	private long stock(String productId) {
		return api.get("/api/products/" + productId, user.auth()).data().path("quantity").asLong();
	}

	private JsonNode order(Shopper who, String productId, int quantity) {
		var response = api.post("/api/orders", Map.of("productId", productId, "quantity", quantity), who.auth());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.data();
	}

	@Nested
	class Place {

		@Test
		void placesAPendingOrderAndTakesTheStock() {
			String productId = product(10);

			var response = api.post("/api/orders", Map.of("productId", productId, "quantity", 3), user.auth());

			assertThat(response.status()).isEqualTo(201);
			JsonNode order = response.data();
			assertThat(order.path("status").asString()).isEqualTo("PENDING");
			assertThat(order.path("userId").asString()).isEqualTo(user.userId());
			assertThat(order.path("userEmail").asString()).isEqualTo(user.email());
			assertThat(order.path("productId").asString()).isEqualTo(productId);
			assertThat(order.path("productName").asString()).startsWith("Orderable");
			assertThat(order.path("quantity").asInt()).isEqualTo(3);
			assertThat(order.path("pricePerUnit").asLong()).isEqualTo(1250);
			assertThat(order.path("totalAmount").asLong()).isEqualTo(3750);
			assertThat(order.has("createdAt")).isTrue();
			assertThat(order.has("updatedAt")).isTrue();
			assertThat(stock(productId)).isEqualTo(7);
		}

		@Test
		void confirmsTheOrderThroughThePipeline() {
			String id = order(user, product(10), 1).path("id").asString();

			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> api.get("/api/orders/" + id, user.auth()).data().path("status").asString(),
						"CONFIRMED"::equals);
		}

		@Test
		void refusesMoreThanTheStockWithTheRealFigures() {
			String productId = product(2);

			var response = api.post("/api/orders", Map.of("productId", productId, "quantity", 5), user.auth());

			assertThat(response.status()).isEqualTo(409);
			assertThat(response.errorCode()).isEqualTo("INSUFFICIENT_STOCK");
			assertThat(response.tree().path("error").path("details").path("requested").asInt()).isEqualTo(5);
			assertThat(response.tree().path("error").path("details").path("available").asInt()).isEqualTo(2);
			assertThat(stock(productId)).isEqualTo(2);
		}

		@Test
		void answersAnUnknownProductWith404() {
			var response = api.post("/api/orders", Map.of("productId", UUID.randomUUID().toString(), "quantity", 1),
					user.auth());

			assertThat(response.status()).isEqualTo(404);
			assertThat(response.errorCode()).isEqualTo("NOT_FOUND");
		}

		@Test
		void refusesMoreThanAThousandInOneOrderAndTakesNoStock() {
			String productId = product(5_000);

			var response = api.post("/api/orders", Map.of("productId", productId, "quantity", 1_001), user.auth());
			var atTheBound = api.post("/api/orders", Map.of("productId", productId, "quantity", 1_000), user.auth());

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
			assertThat(fields(response)).containsExactly("quantity");
			assertThat(atTheBound.status()).isEqualTo(201);
			assertThat(stock(productId)).isEqualTo(4_000);
		}

		@Test
		void refusesGuestsAndStrangers() {
			String productId = product(5);
			Shopper guest = users.create(Role.GUEST);

			assertThat(api.post("/api/orders", Map.of("productId", productId, "quantity", 1), guest.auth()).errorCode())
				.isEqualTo("FORBIDDEN");
			assertThat(api.post("/api/orders", Map.of("productId", productId, "quantity", 1)).status()).isEqualTo(401);
			assertThat(stock(productId)).isEqualTo(5);
		}

		@Test
		void answersARetryWithTheSameIdempotencyKeyWithTheFirstOrder() {
			String productId = product(10);
			String key = "key-" + UUID.randomUUID();

			var first = api.post("/api/orders", Map.of("productId", productId, "quantity", 2),
					with(user, "Idempotency-Key", key));
			var retry = api.post("/api/orders", Map.of("productId", productId, "quantity", 2),
					with(user, "Idempotency-Key", key));
			var other = api.post("/api/orders", Map.of("productId", productId, "quantity", 3),
					with(user, "Idempotency-Key", key));

			assertThat(first.status()).isEqualTo(201);
			assertThat(retry.status()).isEqualTo(201);
			assertThat(retry.data().path("id").asString()).isEqualTo(first.data().path("id").asString());
			assertThat(other.status()).isEqualTo(409);
			assertThat(other.errorCode()).isEqualTo("CONFLICT");
			assertThat(stock(productId)).isEqualTo(8);
		}

	}

	@Nested
	class Read {

		@Test
		void showsAnOrderToItsOwnerAndAdminsOnly() {
			String id = order(user, product(5), 1).path("id").asString();
			Shopper other = users.create(Role.USER);
			Shopper admin = users.create(Role.ADMIN);

			assertThat(api.get("/api/orders/" + id, user.auth()).status()).isEqualTo(200);
			assertThat(api.get("/api/orders/" + id, admin.auth()).status()).isEqualTo(200);
			var stranger = api.get("/api/orders/" + id, other.auth());
			assertThat(stranger.status()).isEqualTo(403);
			assertThat(stranger.errorCode()).isEqualTo("FORBIDDEN");
			assertThat(api.get("/api/orders/" + UUID.randomUUID(), user.auth()).status()).isEqualTo(404);
		}

		@Test
		void listsTheCallersOrdersNewestFirstInPages() {
			Shopper buyer = users.create(Role.USER);
			String productId = product(20);
			List<String> ids = new ArrayList<>();
			for (int i = 1; i <= 3; i++) {
				ids.add(order(buyer, productId, i).path("id").asString());
			}
			order(user, productId, 1);
			api.post("/api/orders/" + ids.get(0) + "/cancel", Map.of(), buyer.auth());

			var first = api.get("/api/orders?limit=2", buyer.auth());
			var second = api.get("/api/orders?limit=2&nextToken=" + first.data().path("nextToken").asString(),
					buyer.auth());
			var cancelled = api.get("/api/orders?status=CANCELLED", buyer.auth());

			List<String> seen = new ArrayList<>();
			first.data().path("items").forEach(item -> seen.add(item.path("id").asString()));
			second.data().path("items").forEach(item -> seen.add(item.path("id").asString()));
			assertThat(seen).containsExactly(ids.get(2), ids.get(1), ids.get(0));
			assertThat(second.data().has("nextToken")).isFalse();
			JsonNode item = first.data().path("items").get(0);
			for (String field : List.of("id", "productName", "quantity", "totalAmount", "status", "createdAt")) {
				assertThat(item.has(field)).as(field).isTrue();
			}
			assertThat(cancelled.data().path("items")).singleElement()
				.satisfies(only -> assertThat(only.path("id").asString()).isEqualTo(ids.get(0)));
			assertThat(api.get("/api/orders?status=LOST", buyer.auth()).errorCode()).isEqualTo("VALIDATION_ERROR");
		}

	}

	@Nested
	class Cancel {

		@Test
		void cancelsOnceAndRestoresTheStockOnce() {
			String productId = product(10);
			String id = order(user, productId, 4).path("id").asString();

			var cancelled = api.post("/api/orders/" + id + "/cancel", Map.of(), user.auth());
			var again = api.post("/api/orders/" + id + "/cancel", Map.of(), user.auth());

			assertThat(cancelled.status()).isEqualTo(200);
			assertThat(cancelled.data().path("status").asString()).isEqualTo("CANCELLED");
			assertThat(again.status()).isEqualTo(409);
			assertThat(again.errorCode()).isEqualTo("CONFLICT");
			assertThat(stock(productId)).isEqualTo(10);
		}

		@Test
		void letsOnlyTheOwnerOrAnAdminCancel() {
			String productId = product(10);
			String id = order(user, productId, 1).path("id").asString();
			Shopper other = users.create(Role.USER);
			Shopper admin = users.create(Role.ADMIN);

			assertThat(api.post("/api/orders/" + id + "/cancel", Map.of(), other.auth()).status()).isEqualTo(403);
			assertThat(stock(productId)).isEqualTo(9);
			assertThat(api.post("/api/orders/" + id + "/cancel", Map.of(), admin.auth()).status()).isEqualTo(200);
			assertThat(api.post("/api/orders/" + UUID.randomUUID() + "/cancel", Map.of(), user.auth()).status())
				.isEqualTo(404);
		}

	}

}
