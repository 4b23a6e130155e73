package dev.stratus.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * The whole local cloud stopped under load (as Ctrl-C on {@code ./stratus localcloud} does) and
 * started again on the same ports and data. While it is gone every call must end quickly in 503
 * SERVICE_UNAVAILABLE (no hang, no 500) and health must say unhealthy; once it is back everything
 * must work again and every accepted order must be confirmed.
 */
final class OutageScenario {

	/** The longest any call may take: the app's SDK gives up after 8 s, plus slack for a slow machine. */
	static final double BOUND_MS = 10_000;

	private OutageScenario() {
	}

	static void run(Run run, SharedCloud cloud, AppProcess app) {
		Shop shop = app.shop();
		String token = shop.loginAdmin();
		long initial = 1_000_000;
		String name = "Outage " + UUID.randomUUID().toString().substring(0, 8);
		String product = shop.createProduct(token, name, initial);
		Duration pace = Duration.ofMillis(50);
		Traffic traffic = Traffic.start("GET product", 4, pace, Duration.ofSeconds(240), run.progress,
				c -> shop.product(token, product))
			.add("POST order", 4, pace, run.progress, c -> shop.order(token, product, 1, null));
		Deadline.pause(Duration.ofSeconds(3));

		run.progress.step("stopping the local cloud under load");
		long stopAt = System.nanoTime();
		cloud.stop();
		long downAt = System.nanoTime();
		Optional<Api.Response> unhealthy = Deadline.poll(Duration.ofSeconds(15), Duration.ofMillis(200), () -> {
			Api.Response health = shop.api().get("/api/health", null);
			return health.status() == 503 && "unhealthy".equals(health.data().path("status").asString())
					? Optional.of(health) : Optional.empty();
		});
		long unhealthyAt = System.nanoTime();
		Deadline.pause(Duration.ofSeconds(run.quick ? 5 : 15));

		run.progress.step("starting the local cloud again");
		long restartAt = System.nanoTime();
		long cloudMs = cloud.start();
		boolean healthy = Deadline.until(Duration.ofSeconds(60), Duration.ofMillis(200), shop::healthy);
		long healthyAt = System.nanoTime();
		Deadline.pause(Duration.ofSeconds(3));
		List<Traffic.Call> calls = traffic.stop();

		List<Traffic.Call> during = calls.stream()
			.filter(c -> c.startNanos() >= downAt && c.endNanos() <= restartAt)
			.toList();
		List<Traffic.Call> afterwards = calls.stream().filter(c -> c.startNanos() >= healthyAt).toList();
		long wrong = during.stream()
			.filter(c -> !(c.status() == 503 && c.response().code().equals("SERVICE_UNAVAILABLE")))
			.count();
		double slowest = calls.stream().mapToDouble(Traffic.Call::ms).max().orElse(0);
		long broken = calls.stream().filter(c -> c.status() == 500 || c.status() < 1).count();
		Optional<Traffic.Call> first503 = calls.stream()
			.filter(c -> c.status() == 503 && c.endNanos() >= stopAt)
			.min((x, y) -> Long.compare(x.endNanos(), y.endNanos()));
		run.report.check(Check.of("local cloud stopped: every call meanwhile answers 503 SERVICE_UNAVAILABLE",
				!during.isEmpty() && wrong == 0,
				during.size() + " calls while it was down, answers " + outcomes(during) + "; first 503 "
						+ first503.map(c -> Fmt.num((c.endNanos() - stopAt) / 1e6, 0) + " ms after the stop")
								.orElse("never")));
		run.report.check(Check.of("local cloud stopped: no hang and no 500 at any time",
				slowest <= BOUND_MS && broken == 0, calls.size() + " calls, slowest " + Fmt.num(slowest, 0)
						+ " ms (bound " + Fmt.num(BOUND_MS, 0) + "), " + broken + " answered 500 or not at all"));
		run.report.check(Check.of("local cloud stopped: health says unhealthy", unhealthy.isPresent(),
				unhealthy.map(h -> "503 unhealthy " + Fmt.num((unhealthyAt - downAt) / 1e6, 0)
						+ " ms after it was down, checks "
						+ h.data().path("checks")).orElse("still not unhealthy 15 s after the stop")));
		long failedAfter = afterwards.stream().filter(c -> c.status() != 200 && c.status() != 201).count();
		run.report.check(Check.of("local cloud back: health and calls recover",
				healthy && !afterwards.isEmpty() && failedAfter == 0,
				"cloud ready in " + cloudMs + " ms, app healthy " + Fmt.num((healthyAt - restartAt) / 1e9, 1)
						+ " s after the restart began; " + afterwards.size() + " calls after that, answers "
						+ outcomes(afterwards)));

		Set<String> accepted = calls.stream()
			.filter(c -> c.status() == 201)
			.map(c -> c.response().data().path("id").asString())
			.collect(Collectors.toSet());
		List<JsonNode> orders = OrderWatch.ofProduct(shop, token, name);
		long taken = OrderWatch.itemsTaken(orders);
		long stock = shop.stock(token, product);
		// Messages sent just before the stop died with the in-memory queue; the app's sweep sends such
		// orders again once they are 60 s overdue, checking every 30 s.
		Map<String, String> outcome = OrderWatch.awaitConfirmedOrDead(shop, token,
				orders.stream().map(o -> o.path("id").asString()).toList(), Duration.ofSeconds(150));
		long confirmed = OrderWatch.count(outcome, "CONFIRMED");
		boolean allListed = orders.stream().map(o -> o.path("id").asString()).collect(Collectors.toSet())
				.containsAll(accepted);
		run.report.check(Check.of("local cloud back: no order lost, stock consistent, every order confirmed",
				allListed && stock == initial - taken && confirmed == orders.size(),
				accepted.size() + " answered 201, " + orders.size() + " exist"
						+ (allListed ? "" : " (some 201s missing)")
						+ ", stock " + stock + " = " + initial + " − " + taken
						+ (stock == initial - taken ? "" : " is FALSE")
						+ ", " + confirmed + " CONFIRMED, " + OrderWatch.count(outcome, "DLQ") + " in the DLQ"
						+ KillScenario.stuck(outcome)));
	}

	private static Map<String, Long> outcomes(List<Traffic.Call> calls) {
		return calls.stream().collect(Collectors.groupingBy(c -> c.response().toString(), Collectors.counting()));
	}

}
