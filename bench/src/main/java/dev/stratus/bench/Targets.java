package dev.stratus.bench;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The speed targets of issue #20, each a row of a Targets table with its measured value and verdict: reported,
 * never asserted, since the machines are shared and a verdict is only as good as the same run's baseline.
 */
final class Targets {

	static final String PRODUCT_READ = "GET /api/products/{id}";

	static final String GET_ITEM = "DynamoDB GetItem";

	static final String ORDER = "POST /api/orders";

	static final String ORDER_TRANSACTION = "DynamoDB order transaction";

	/** Start-up to the first healthy answer, on every start. */
	static final long STARTUP_MS = 6000;

	private Targets() {
	}

	static Report.Table table(Run run) {
		return run.report.table("Targets", "target", "clients", "measured", "verdict");
	}

	/** A warm product read adds ≤ 0.5 ms at p50 and ≤ 3 ms at p99 to GetItem at 1 client, and keeps ≥ 0.5× at 8. */
	static void warmReads(Report.Table table, List<Stats> all) {
		Stats read = find(all, PRODUCT_READ, 1);
		Stats item = find(all, GET_ITEM, 1);
		row(table, "warm GET product p50 at most 0.5 ms over GetItem's", 1,
				Fmt.delta(read.p50Ms(), item.p50Ms()) + " (" + Fmt.ms(read.p50Ms()) + " against " + Fmt.ms(item.p50Ms())
						+ " ms)",
				read.p50Ms() - item.p50Ms() <= 0.5);
		row(table, "warm GET product p99 at most 3 ms over GetItem's", 1,
				Fmt.delta(read.p99Ms(), item.p99Ms()) + " (" + Fmt.ms(read.p99Ms()) + " against " + Fmt.ms(item.p99Ms())
						+ " ms)",
				read.p99Ms() - item.p99Ms() <= 3);
		Stats reads = find(all, PRODUCT_READ, 8);
		Stats items = find(all, GET_ITEM, 8);
		row(table, "warm GET product ≥ 0.5× GetItem's ops/s", 8, ratio(reads, items), share(reads, items) >= 0.5);
	}

	/** {@code POST /api/orders} ≥ 0.6× the order-shaped transaction's rate at each level. */
	static void orders(Report.Table table, List<Stats> all, int... levels) {
		for (int clients : levels) {
			Stats orders = find(all, ORDER, clients);
			Stats transactions = find(all, ORDER_TRANSACTION, clients);
			row(table, "POST /api/orders ≥ 0.6× the order transaction's ops/s", clients,
					ratio(orders, transactions), share(orders, transactions) >= 0.6);
		}
	}

	/** Each start's first seconds of reads, from its first healthy answer, within 2× the warm p50 at 1 client. */
	static void cold(Report.Table table, List<Stats> starts, Stats warm) {
		Stats worst = starts.stream().max(Comparator.comparingDouble(Stats::p50Ms)).orElseThrow();
		String each = starts.stream().map(s -> Fmt.ms(s.p50Ms())).collect(Collectors.joining(", "));
		row(table, "cold GET product p50 (first " + Fmt.num(worst.seconds(), 0)
				+ " s, no warm-up) within 2× the warm p50", 1, Fmt.ratio(worst.p50Ms(), warm.p50Ms()) + " (worst of "
						+ starts.size() + " starts: p50 " + each + " ms; warm " + Fmt.ms(warm.p50Ms()) + " ms)",
				worst.p50Ms() <= 2 * warm.p50Ms());
	}

	/** Start-up to healthy under 6 s on every start of the run. */
	static void startup(Report.Table table, List<Long> startsMs) {
		long worst = startsMs.stream().mapToLong(Long::longValue).max().orElseThrow();
		row(table, "start-up to healthy under 6 s, every start", 0,
				worst + " ms (slowest of " + startsMs.size() + ": "
						+ startsMs.stream().map(Object::toString).collect(Collectors.joining(", ")) + " ms)",
				worst < STARTUP_MS);
	}

	static Stats find(List<Stats> all, String name, int clients) {
		return all.stream()
			.filter(s -> s.name().equals(name) && s.clients() == clients)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No figures for " + name + " at " + clients));
	}

	private static double share(Stats api, Stats baseline) {
		return baseline.opsPerSecond() == 0 ? 0 : api.opsPerSecond() / baseline.opsPerSecond();
	}

	private static String ratio(Stats api, Stats baseline) {
		return Fmt.ratio(api.opsPerSecond(), baseline.opsPerSecond()) + " (" + Fmt.num(api.opsPerSecond(), 0)
				+ " against " + Fmt.num(baseline.opsPerSecond(), 0) + " ops/s)";
	}

	/** @param clients 0 when the target is not about a load */
	private static void row(Report.Table table, String target, int clients, String measured, boolean met) {
		Report.row(table, target, clients == 0 ? "—" : Integer.toString(clients), measured, met ? "met" : "**missed**");
	}

}
