package dev.stratus.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * Following orders through the pipeline: waiting for them to settle and counting how they ended.
 * (Not the app's {@code inventory.Orders}: the bench sees orders only through the HTTP API.)
 */
final class OrderWatch {

	private OrderWatch() {
	}

	/**
	 * Reads the orders until none is {@code PENDING} any more or the deadline passes.
	 * @return the last read of each order (absent when it could never be read)
	 */
	static Map<String, JsonNode> awaitSettled(Shop shop, String token, Collection<String> ids, Duration timeout) {
		return Deadline.readUntilNot("PENDING", ids, timeout, id -> shop.getOrder(token, id));
	}

	/**
	 * Waits until every order is CONFIRMED, CANCELLED or waiting in the dead-letter queue.
	 * @return per order: its status, or {@code DLQ} when it is still PENDING with a dead letter
	 */
	static Map<String, String> awaitConfirmedOrDead(Shop shop, String token, Collection<String> ids, Duration timeout) {
		Map<String, String> outcome = new HashMap<>();
		ids.forEach(id -> outcome.put(id, "UNREADABLE"));
		Set<String> open = new HashSet<>(ids);
		Deadline.until(timeout, Duration.ofMillis(500), () -> {
			for (String id : List.copyOf(open)) {
				Api.Response order = shop.getOrder(token, id);
				if (order.status() == 200) {
					String status = order.data().path("status").asString();
					outcome.put(id, status);
					if (!"PENDING".equals(status)) {
						open.remove(id);
					}
				}
			}
			if (open.isEmpty()) {
				return true;
			}
			Set<String> dead = new HashSet<>();
			shop.deadLetters(token).forEach(d -> dead.add(d.path("orderId").asString()));
			open.stream().filter(dead::contains).forEach(id -> outcome.put(id, "DLQ"));
			return dead.containsAll(open);
		});
		return outcome;
	}

	/** The caller's orders of the product with this name. */
	static List<JsonNode> ofProduct(Shop shop, String token, String productName) {
		return shop.orders(token).stream().filter(o -> productName.equals(o.path("productName").asString())).toList();
	}

	/** How many items these orders take from stock: all of them but the cancelled ones. */
	static long itemsTaken(List<JsonNode> orders) {
		return orders.stream()
			.filter(o -> !"CANCELLED".equals(o.path("status").asString()))
			.mapToLong(o -> o.path("quantity").asLong())
			.sum();
	}

	static long count(Map<String, String> outcome, String status) {
		return outcome.values().stream().filter(status::equals).count();
	}

	static long countStatus(Map<String, JsonNode> orders, String status) {
		return orders.values().stream().filter(o -> status.equals(o.path("status").asString())).count();
	}

	/** PENDING→CONFIRMED time of each confirmed order, from its own timestamps, in microseconds. */
	static Histogram confirmationLatency(Map<String, JsonNode> orders) {
		Histogram micros = Stats.histogram();
		for (JsonNode order : orders.values()) {
			if ("CONFIRMED".equals(order.path("status").asString())) {
				Duration took = Duration.between(Instant.parse(order.path("createdAt").asString()),
						Instant.parse(order.path("updatedAt").asString()));
				micros.recordValue(Math.max(1, took.toNanos() / 1000));
			}
		}
		return micros;
	}

	/** Waits until the caller has no PENDING order left. @return the seconds it took, or -1 */
	static double awaitNoPending(Shop shop, String token, Duration timeout) {
		long started = System.nanoTime();
		boolean drained = Deadline.until(timeout, Duration.ofMillis(250), () -> {
			Api.Response page = shop.api().get("/api/orders?status=PENDING&limit=1", token);
			return page.status() == 200 && page.data().path("items").isEmpty();
		});
		return drained ? (System.nanoTime() - started) / 1e9 : -1;
	}

}
