package dev.stratus.inventory.web;

import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stock under contention: concurrent orders never oversell. */
@IntegrationTest
class ConcurrentOrderTests extends InventoryApiFixture {

	@Test
	void sellsExactlyTheStockToManyConcurrentBuyers() throws Exception {
		Shopper manager = users.create(Role.MANAGER);
		List<Shopper> buyers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			buyers.add(users.create(Role.USER));
		}
		String productId = createProduct(manager, Map.of("name", "Hot item", "description", "Everyone wants one",
				"category", "electronics", "price", 999, "quantity", 50, "sku", "HOT-" + UUID.randomUUID()))
			.path("id")
			.asString();
		ExecutorService pool = Executors.newFixedThreadPool(24);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<StratusApi.Response>> attempts = new ArrayList<>();
		try {
			for (int i = 0; i < 120; i++) {
				Shopper buyer = buyers.get(i % buyers.size());
				attempts.add(pool.submit((Callable<StratusApi.Response>) () -> {
					start.await();
					return api.post("/api/orders", Map.of("productId", productId, "quantity", 1), buyer.auth());
				}));
			}
			start.countDown();
			List<StratusApi.Response> responses = new ArrayList<>();
			for (Future<StratusApi.Response> attempt : attempts) {
				responses.add(attempt.get());
			}

			assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(50);
			assertThat(responses).filteredOn(response -> response.status() != 201)
				.hasSize(70)
				.allSatisfy(response -> assertThat(response.errorCode()).isEqualTo("INSUFFICIENT_STOCK"));
			assertThat(api.get("/api/products/" + productId, manager.auth()).data().path("quantity").asLong()).isZero();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
