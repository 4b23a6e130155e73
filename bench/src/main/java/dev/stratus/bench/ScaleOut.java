package dev.stratus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.stratus.localcloud.Endpoints;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./stratus localcloud} plus two app instances sharing it: order throughput with the load
 * on one instance and then spread over both, and proof that nothing was oversold or lost.
 */
final class ScaleOut {

	private static final int CLIENTS = 32;

	private static final long STOCK = Bench.MAX_STOCK;

	private ScaleOut() {
	}

	static void run(Run run) {
		run.progress.step("scale-out: starting the shared local cloud and two app instances");
		LocalCloudProcess cloud = run.localCloud("localcloud", run.dir("shared-cloud"), CloudPorts.free());
		Endpoints endpoints = cloud.awaitReady(Duration.ofSeconds(60)).endpoints();
		Map<String, String> shared = Map.of("STRATUS_LOCALCLOUD", endpoints.format());
		Path appData = run.dir("shared-app-data");
		AppProcess a = run.app("app-a", appData, shared);
		a.awaitHealthy(Duration.ofSeconds(90));
		AppProcess b = run.app("app-b", appData, shared);
		b.awaitHealthy(Duration.ofSeconds(90));
		var sessions = List.of(Correctness.Session.admin(a), Correctness.Session.admin(b));

		List<String> products = Bench.createProducts(a.shop(), sessions.get(0).token(), 20, STOCK);
		Map<String, LongAdder> accepted = new ConcurrentHashMap<>();
		Set<String> ids = ConcurrentHashMap.newKeySet();
		Map<String, LongAdder> answers = new ConcurrentHashMap<>();
		// Both JVMs start cold; a first unrecorded load keeps JIT compilation out of either figure.
		Load.run("warm-up of both instances", CLIENTS, Duration.ZERO, Throughput.MEASURE, run.progress,
				client -> order(sessions.get(client % 2), products, accepted, ids, answers));
		settle(run, a, sessions.get(0).token());
		Stats one = Load.run("POST /api/orders, 1 instance", CLIENTS, Throughput.WARMUP,
				Throughput.MEASURE.plusSeconds(3),
				run.progress, client -> order(sessions.get(0), products, accepted, ids, answers));
		settle(run, a, sessions.get(0).token());
		Stats two = Load.run("POST /api/orders, 2 instances", CLIENTS, Throughput.WARMUP,
				Throughput.MEASURE.plusSeconds(3),
				run.progress, client -> order(sessions.get(client % 2), products, accepted, ids, answers));
		var table = run.report.table("Scale-out: one shared local cloud, orders on one instance versus two",
				"instances", "clients", "ops/s", "p50 ms", "p99 ms", "errors", "versus one instance");
		for (Stats stats : List.of(one, two)) {
			Report.row(table, stats == one ? "1" : "2", Integer.toString(CLIENTS), Fmt.num(stats.opsPerSecond(), 0),
					Fmt.ms(stats.p50Ms()), Fmt.ms(stats.p99Ms()), Long.toString(stats.errors()),
					Fmt.ratio(stats.opsPerSecond(), one.opsPerSecond()));
		}
		table.notes().add("Both instances and the local cloud share the same "
				+ Runtime.getRuntime().availableProcessors()
				+ " CPUs here, so a second instance adds no hardware; the ratio shows the cost of coordination, "
				+ "not the gain on separate machines.");
		run.report.figure("scaleOut", List.of(one, two));

		run.progress.step("scale-out: checking stock and orders");
		String token = sessions.get(0).token();
		long wrongStock = products.stream()
			.filter(p -> a.shop().stock(token, p) != STOCK - accepted.getOrDefault(p, new LongAdder()).sum())
			.count();
		run.report.check(Check.of(
				"scale-out: stock of every product equals its initial stock minus the accepted orders",
				wrongStock == 0,
				products.size() + " products, " + wrongStock + " off; answers (warm-up included) " + answers));
		double drained = OrderWatch.awaitNoPending(a.shop(), token, Duration.ofSeconds(180));
		Set<String> listed = new HashSet<>();
		for (JsonNode order : a.shop().orders(token)) {
			listed.add(order.path("id").asString());
		}
		long lost = ids.stream().filter(id -> !listed.contains(id)).count();
		run.report.check(Check.of("scale-out: no accepted order lost, all confirmed", lost == 0 && drained >= 0,
				ids.size() + " accepted, " + lost + " missing from the order list, "
						+ (drained >= 0 ? "none PENDING after " + Fmt.num(drained, 1) + " s"
								: "some still PENDING after 180 s")));
		Correctness.noOversell(run, sessions, "two instances");
	}

	/** Lets the pipelines confirm what is pending, so one step's confirmations do not load the next. */
	private static void settle(Run run, AppProcess app, String token) {
		run.progress.step("scale-out: letting the pipelines confirm the orders placed so far");
		OrderWatch.awaitNoPending(app.shop(), token, Duration.ofSeconds(180));
	}

	private static boolean order(Correctness.Session session, List<String> products, Map<String, LongAdder> accepted,
			Set<String> ids, Map<String, LongAdder> answers) {
		String product = Bench.any(products);
		Api.Response order = session.shop().order(session.token(), product, 1, null);
		answers.computeIfAbsent(order.toString(), a -> new LongAdder()).increment();
		if (order.status() == 201) {
			accepted.computeIfAbsent(product, p -> new LongAdder()).increment();
			ids.add(order.data().path("id").asString());
			return true;
		}
		return false;
	}

}
