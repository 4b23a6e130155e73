package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The mail server unreachable for a while (its port closed by the proxy) under a steady order
 * load: placing orders must be as fast as before, and once mail is back every order must be
 * confirmed.
 */
final class MailScenario {

	private MailScenario() {
	}

	static void run(Run run, SharedCloud cloud, AppProcess app) {
		Shop shop = app.shop();
		String token = shop.loginAdmin();
		String product = shop.createProduct(token,
				"Mail outage " + UUID.randomUUID().toString().substring(0, 8), 1_000_000);
		List<String> ids = Collections.synchronizedList(new ArrayList<>());
		Load.Op order = c -> {
			Api.Response placed = shop.order(token, product, 1, null);
			if (placed.status() == 201) {
				ids.add(placed.data().path("id").asString());
			}
			return placed.status() == 201;
		};
		Duration pace = Duration.ofMillis(200);
		Stats up = Load.run("orders, mail up", 2, Duration.ZERO, Duration.ofSeconds(run.quick ? 5 : 15), pace,
				run.progress, order);
		cloud.smtp.down();
		long downAt = System.nanoTime();
		int outage = run.quick ? 10 : 60;
		Stats down;
		int healthDuring;
		try {
			down = Load.run("orders, mail down " + outage + " s", 2, Duration.ZERO, Duration.ofSeconds(outage), pace,
					run.progress, order);
			healthDuring = shop.api().get("/api/health", null).status();
		}
		finally {
			cloud.smtp.up();
		}
		double outageSeconds = (System.nanoTime() - downAt) / 1e9;
		run.report.figure("mailOutage", List.of(up, down));
		var table = run.report.table("Mail server down for " + outage + " s: order placement", "phase", "orders",
				"p50 ms", "p99 ms", "errors");
		for (Stats stats : List.of(up, down)) {
			Report.row(table, stats.name(), Long.toString(stats.ops()), Fmt.ms(stats.p50Ms()), Fmt.ms(stats.p99Ms()),
					Long.toString(stats.errors()));
		}
		boolean unaffected = down.errors() == 0 && down.p50Ms() <= 2 * up.p50Ms() + 20
				&& down.p99Ms() <= 2 * up.p99Ms() + 50;
		run.report.check(Check.of("mail down: order placement unaffected (no errors, p50 ≤ 2×+20 ms, p99 ≤ 2×+50 ms)",
				unaffected, "mail up p50 " + Fmt.ms(up.p50Ms()) + " / p99 " + Fmt.ms(up.p99Ms()) + " ms; down p50 "
						+ Fmt.ms(down.p50Ms()) + " / p99 " + Fmt.ms(down.p99Ms()) + " ms, " + down.errors()
						+ " errors; health during the outage answered " + healthDuring));

		run.progress.step("mail back: waiting for " + ids.size() + " confirmations");
		Map<String, String> outcome = OrderWatch.awaitConfirmedOrDead(shop, token, ids,
				Duration.ofSeconds(run.quick ? 60 : 120));
		long confirmed = OrderWatch.count(outcome, "CONFIRMED");
		long inDlq = OrderWatch.count(outcome, "DLQ");
		run.report.check(Check.of("mail back: every order confirmed by itself", confirmed == ids.size(),
				ids.size() + " orders, " + confirmed + " CONFIRMED, " + inDlq + " in the dead-letter queue, outage "
						+ Fmt.num(outageSeconds, 0) + " s"));
		if (confirmed < ids.size() && inDlq > 0) {
			Api.Response redrive = shop.api().post("/api/admin/dead-letters/redrive", null, token);
			Map<String, JsonNode> again = OrderWatch.awaitSettled(shop, token, ids, Duration.ofSeconds(60));
			long later = OrderWatch.countStatus(again, "CONFIRMED");
			run.report.check(Check.of("mail back: an admin redrive of the dead-letter queue confirms the rest",
					later == ids.size(), "redrive answered " + redrive + " (" + redrive.data().path("redriven").asInt()
							+ " redriven); then " + later + " of " + ids.size() + " CONFIRMED"));
		}
	}

}
