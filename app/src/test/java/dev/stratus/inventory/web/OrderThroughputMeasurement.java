package dev.stratus.inventory.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stratus.IntegrationTest;
import dev.stratus.inventory.Shoppers.Shopper;
import dev.stratus.platform.security.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures POST /api/orders at 16 concurrent clients (throughput, p99) and the pipeline's
 * PENDING→CONFIRMED latency (p50, p99), over real HTTP against the in-memory local cloud. Off by
 * default; run it with {@code -Dstratus.measure=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "stratus.measure", matches = "true")
class OrderThroughputMeasurement extends InventoryApiFixture {

	private static final int CLIENTS = 16;

	private static final int ORDERS_PER_CLIENT = 60;

	@Test
	void measuresOrdersPerSecondAndPipelineLatency() throws Exception {
		Shopper manager = users.create(Role.MANAGER);
		List<Shopper> clients = new ArrayList<>();
		List<String> productIds = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			clients.add(users.create(Role.USER));
			productIds.add(createProduct(manager, Map.of("name", "Bench item " + i, "description", "Measured item",
					"category", "other", "price", 100, "quantity", 1_000_000, "sku", "BENCH-" + UUID.randomUUID()))
				.path("id")
				.asString());
		}
		for (int i = 0; i < 20; i++) {
			api.post("/api/orders", Map.of("productId", productIds.get(0), "quantity", 1), clients.get(0).auth());
		}
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		List<String> orderIds = Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		List<Future<Integer>> work = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			Shopper client = clients.get(c);
			String productId = productIds.get(c);
			work.add(pool.submit((Callable<Integer>) () -> {
				int failures = 0;
				for (int i = 0; i < ORDERS_PER_CLIENT; i++) {
					long t0 = System.nanoTime();
					var response = api.post("/api/orders", Map.of("productId", productId, "quantity", 1),
							client.auth());
					latencies.add(System.nanoTime() - t0);
					if (response.status() == 201) {
						orderIds.add(client.userId() + " " + response.data().path("id").asString());
					}
					else {
						failures++;
					}
				}
				return failures;
			}));
		}
		int failures = 0;
		for (Future<Integer> f : work) {
			failures += f.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdownNow();
		assertThat(failures).isZero();

		Map<String, Shopper> byId = new java.util.HashMap<>();
		clients.forEach(client -> byId.put(client.userId(), client));
		List<Long> pipeline = new ArrayList<>();
		for (String entry : orderIds) {
			String[] parts = entry.split(" ");
			JsonNode order = Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> api.get("/api/orders/" + parts[1], byId.get(parts[0]).auth()).data(),
						data -> data.path("status").asString().equals("CONFIRMED"));
			pipeline.add(Duration.between(Instant.parse(order.path("createdAt").asString()),
					Instant.parse(order.path("updatedAt").asString())).toMillis());
		}
		Collections.sort(latencies);
		Collections.sort(pipeline);
		System.out.printf("MEASURE orders=%d clients=%d seconds=%.2f ordersPerSecond=%.1f%n", latencies.size(), CLIENTS,
				seconds, latencies.size() / seconds);
		System.out.printf("MEASURE POST /api/orders p50=%.1fms p99=%.1fms%n", percentile(latencies, 50) / 1e6,
				percentile(latencies, 99) / 1e6);
		System.out.printf("MEASURE PENDING->CONFIRMED under that load p50=%dms p99=%dms%n", percentile(pipeline, 50),
				percentile(pipeline, 99));

		// One order at a time: the pipeline's own latency, without a queue backlog.
		List<Long> unloaded = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String id = api.post("/api/orders", Map.of("productId", productIds.get(0), "quantity", 1),
					clients.get(0).auth())
				.data()
				.path("id")
				.asString();
			JsonNode order = Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(10))
				.until(() -> api.get("/api/orders/" + id, clients.get(0).auth()).data(),
						data -> data.path("status").asString().equals("CONFIRMED"));
			unloaded.add(Duration.between(Instant.parse(order.path("createdAt").asString()),
					Instant.parse(order.path("updatedAt").asString())).toMillis());
		}
		Collections.sort(unloaded);
		System.out.printf("MEASURE PENDING->CONFIRMED one at a time p50=%dms p99=%dms%n", percentile(unloaded, 50),
				percentile(unloaded, 99));
	}

	private static long percentile(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
