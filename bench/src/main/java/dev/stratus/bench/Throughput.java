package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Each API call against the DynamoDB call it rests on, at the same concurrencies, interleaved
 * level by level so that a noisy neighbour hurts both sides alike.
 */
final class Throughput {

	private Throughput() {
	}

	/**
	 * Measured seconds per step, 5 unless {@code -Dbench.seconds=N} says otherwise (to try the
	 * whole run quickly; figures from short steps are noisier).
	 */
	static final int SECONDS = Integer.getInteger("bench.seconds", 5);

	static final Duration WARMUP = Duration.ofSeconds(Math.min(2, SECONDS));

	static final Duration MEASURE = Duration.ofSeconds(SECONDS);

	/**
	 * Long enough for C2 to compile the hot paths: a product read at one client took 4.9 ms after
	 * 2,000 calls and 1.6 ms after 16,000.
	 */
	static final Duration APP_WARMUP = Duration.ofSeconds(4L * SECONDS);

	/**
	 * @param settle waits until the app's pipeline has confirmed the orders placed so far, so that
	 * one level's confirmations do not run into the next level's measurements
	 */
	static void compare(Run run, Baseline baseline, List<Bench.Step> api, Runnable settle) {
		List<Bench.Step> substrate = List.of(getItem(baseline),
				new Bench.Step("DynamoDB Query GSI1 (20)", c -> baseline.queryPage()), orderTransaction(baseline));
		var table = run.report.table("API versus its DynamoDB baseline (same server, same run)", "call", "clients",
				"ops/s", "p50 ms", "p95 ms", "p99 ms", "errors", "baseline", "baseline ops/s", "baseline p99 ms",
				"ops/s ratio", "p99 Δ");
		warmUp(run, substrate);
		warmUp(run, api);
		settle.run();
		List<Stats> all = new ArrayList<>();
		for (int clients : Bench.CLIENTS) {
			for (int i = 0; i < api.size(); i++) {
				Stats base = Load.run(substrate.get(i).name(), clients, WARMUP, MEASURE, run.progress,
						substrate.get(i).op());
				Stats stats = Load.run(api.get(i).name(), clients, WARMUP, MEASURE, run.progress, api.get(i).op());
				all.add(base);
				all.add(stats);
				Report.row(table, stats.name(), Integer.toString(clients), Fmt.num(stats.opsPerSecond(), 0),
						Fmt.ms(stats.p50Ms()), Fmt.ms(stats.p95Ms()), Fmt.ms(stats.p99Ms()),
						Long.toString(stats.errors()),
						base.name(), Fmt.num(base.opsPerSecond(), 0), Fmt.ms(base.p99Ms()),
						Fmt.ratio(stats.opsPerSecond(), base.opsPerSecond()), Fmt.delta(stats.p99Ms(), base.p99Ms()));
				run.report.check(Check.of(stats.name() + " at " + clients + " clients answers without errors",
						stats.errors() == 0 && stats.ops() > 0, stats.ops() + " calls, " + stats.errors() + " errors"));
			}
			settle.run();
		}
		run.report.figure("throughput", all);
		targets(run, all);
	}

	/**
	 * Runs every call for a while, unrecorded, before anything is measured, so that both the app and
	 * the harness's own clients run compiled code: otherwise the first steps (one client) time the
	 * JIT compiler rather than the call.
	 */
	private static void warmUp(Run run, List<Bench.Step> steps) {
		for (var step : steps) {
			Load.run("warm-up: " + step.name(), 8, Duration.ZERO, APP_WARMUP, run.progress, step.op());
		}
	}

	/** The read behind {@code GET /api/products/{id}}, straight at DynamoDB. */
	static Bench.Step getItem(Baseline baseline) {
		return new Bench.Step(Targets.GET_ITEM, c -> baseline.getItem());
	}

	/** The write behind {@code POST /api/orders}, straight at DynamoDB. */
	static Bench.Step orderTransaction(Baseline baseline) {
		return new Bench.Step(Targets.ORDER_TRANSACTION, c -> baseline.orderTransaction());
	}

	/** The targets, reported (not asserted); the p99 one also at every higher concurrency. */
	private static void targets(Run run, List<Stats> all) {
		var table = Targets.table(run);
		Targets.warmReads(table, all);
		Targets.orders(table, all, Bench.CLIENTS);
		for (int clients : Bench.CLIENTS) {
			if (clients == 1) {
				continue;
			}
			Stats get = Targets.find(all, Targets.PRODUCT_READ, clients);
			Stats item = Targets.find(all, Targets.GET_ITEM, clients);
			double delta = get.p99Ms() - item.p99Ms();
			Report.row(table, "warm GET product p99 at most 3 ms over GetItem's", Integer.toString(clients),
					Fmt.delta(get.p99Ms(), item.p99Ms()), delta <= 3 ? "met" : "**missed**");
		}
	}

}
