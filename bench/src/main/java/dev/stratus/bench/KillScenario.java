package dev.stratus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * kill -9 of the app (with its embedded local cloud, as {@code ./stratus run} has it) in the middle
 * of an order load, then a restart on the same data: nothing acknowledged may be lost, stock must
 * match the orders, and every order must end confirmed (or in the dead-letter queue).
 */
final class KillScenario {

	private static final long STOCK = 1_000_000;

	private KillScenario() {
	}

	/** A few of the orders that are neither confirmed nor dead, to look up in the logs. */
	static String stuck(Map<String, String> outcome) {
		List<String> ids = outcome.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals("CONFIRMED") && !e.getValue().equals("DLQ"))
			.map(e -> e.getKey() + " " + e.getValue())
			.limit(3)
			.toList();
		return ids.isEmpty() ? "" : " (e.g. " + String.join(", ", ids) + ")";
	}

	static void run(Run run) {
		run.progress.step("kill -9: starting the app");
		CloudPorts ports = CloudPorts.free();
		Path data = run.dir("kill-data");
		AppProcess app = run.app("app-killed", data, ports.env());
		app.awaitHealthy(Duration.ofSeconds(90));
		Shop shop = app.shop();
		String token = shop.loginAdmin();
		String name = "Crash test " + UUID.randomUUID().toString().substring(0, 8);
		String product = shop.createProduct(token, name, STOCK);

		run.progress.step("kill -9: order load from 8 clients");
		Traffic traffic = Traffic.start("orders", 8, Duration.ZERO, Duration.ofSeconds(120), run.progress,
				c -> shop.order(token, product, 1 + ThreadLocalRandom.current().nextInt(3), null));
		Deadline.pause(Duration.ofSeconds(run.quick ? 4 : 10));
		run.progress.step("kill -9 of the app under load");
		long killedAt = System.nanoTime();
		List<ProcessHandle> children = app.kill9();
		Deadline.pause(Duration.ofSeconds(1));
		List<Traffic.Call> calls = traffic.stop();
		run.cleanup.forget(app);
		Map<String, Integer> acked = calls.stream()
			.filter(c -> c.status() == 201)
			.collect(Collectors.toMap(c -> c.response().data().path("id").asString(),
					c -> c.response().data().path("quantity").asInt()));
		long beforeKill = calls.stream().filter(c -> c.startNanos() < killedAt).count();
		long serverErrors = calls.stream().filter(c -> c.status() >= 500).count();

		boolean childrenExited = Deadline.until(Duration.ofSeconds(15), Duration.ofMillis(100),
				() -> children.stream().noneMatch(ProcessHandle::isAlive));
		children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		run.report.check(Check.of("kill -9: the embedded DynamoDB server exits with the app", childrenExited,
				children.size() + " child process(es), "
						+ (childrenExited ? "all gone within 15 s" : "still alive after 15 s")));

		run.progress.step("kill -9: restarting on the same data");
		AppProcess again = run.app("app-restarted", data, ports.env());
		long restartMs = again.awaitHealthy(Duration.ofSeconds(90));
		long healthyAt = System.nanoTime();
		Shop after = again.shop();
		String token2 = after.loginAdmin();

		// The local queue keeps its messages on disk, so no acknowledged order waits for the sweep.
		run.progress.step("kill -9: waiting for the orders answered 201 to be confirmed");
		Map<String, String> soon = OrderWatch.awaitConfirmedOrDead(after, token2, acked.keySet(),
				Duration.ofSeconds(10));
		long confirmedSoon = OrderWatch.count(soon, "CONFIRMED");
		double confirmedAfter = (System.nanoTime() - healthyAt) / 1e9;
		run.report.check(Check.of("kill -9: every order answered 201 is CONFIRMED within 10 s of the restart",
				confirmedSoon == acked.size(), confirmedSoon + " of " + acked.size() + " CONFIRMED "
						+ Fmt.num(confirmedAfter, 1) + " s after the restart was healthy" + stuck(soon)));

		run.progress.step("kill -9: checking orders and stock");
		long missing = acked.entrySet()
			.stream()
			.filter(e -> {
				Api.Response order = after.getOrder(token2, e.getKey());
				return order.status() != 200 || order.data().path("quantity").asInt() != e.getValue();
			})
			.count();
		run.report.check(Check.of("kill -9: every order answered 201 exists after the restart", missing == 0,
				acked.size() + " acknowledged before the kill, " + missing + " missing or changed; "
						+ beforeKill + " calls started before it, " + serverErrors
						+ " answered 5xx; restart healthy in "
						+ restartMs + " ms"));

		List<JsonNode> orders = OrderWatch.ofProduct(after, token2, name);
		long taken = OrderWatch.itemsTaken(orders);
		long stock = after.stock(token2, product);
		run.report.check(Check.of("kill -9: stock equals initial stock minus every non-cancelled order",
				stock == STOCK - taken, "initial " + STOCK + ", ordered " + taken + " in " + orders.size() + " orders ("
						+ (orders.size() - acked.size()) + " committed without an answer), stock " + stock));

		run.progress.step("kill -9: waiting for every order to be confirmed");
		Set<String> ids = orders.stream().map(o -> o.path("id").asString()).collect(Collectors.toSet());
		Map<String, String> outcome = OrderWatch.awaitConfirmedOrDead(after, token2, ids, Duration.ofSeconds(90));
		long confirmed = OrderWatch.count(outcome, "CONFIRMED");
		long dead = OrderWatch.count(outcome, "DLQ");
		run.report.check(Check.of("kill -9: every order ends CONFIRMED or in the dead-letter queue",
				confirmed + dead == ids.size(), ids.size() + " orders: " + confirmed + " CONFIRMED, " + dead
						+ " in the DLQ, " + (ids.size() - confirmed - dead) + " neither after 90 s" + stuck(outcome)));
		run.stop(again);
	}

}
