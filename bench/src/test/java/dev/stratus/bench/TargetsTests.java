package dev.stratus.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetsTests {

	private final Report report = new Report("bench-api");

	private final Report.Table table = report.table("Targets", "target", "clients", "measured", "verdict");

	@Test
	void judgesWarmReadsByTheirAddedLatencyAtOneClientAndTheirShareAtEight() {
		List<Stats> all = List.of(stats(Targets.PRODUCT_READ, 1, 900, 1.2, 4.5),
				stats(Targets.GET_ITEM, 1, 1200, 0.8, 1.0), stats(Targets.PRODUCT_READ, 8, 1800, 4, 9),
				stats(Targets.GET_ITEM, 8, 4000, 2, 5));

		Targets.warmReads(table, all);

		assertThat(table.rows()).extracting(row -> row.get(2) + " " + row.get(3))
			.containsExactly("+0.40 ms (1.20 against 0.80 ms) met", "+3.50 ms (4.50 against 1.00 ms) **missed**",
					"0.45× (1800 against 4000 ops/s) **missed**");
	}

	@Test
	void judgesColdReadsByTheSlowestStart() {
		Targets.cold(table, List.of(stats("cold", 1, 300, 2.5, 9), stats("cold", 1, 300, 3.1, 9)),
				stats(Targets.PRODUCT_READ, 1, 900, 1.5, 4));

		assertThat(table.rows().get(0).get(2)).isEqualTo("2.07× (worst of 2 starts: p50 2.50, 3.10 ms; warm 1.50 ms)");
		assertThat(table.rows().get(0).get(3)).isEqualTo("**missed**");
	}

	@Test
	void judgesStartUpByTheSlowestStart() {
		Targets.startup(table, List.of(5200L, 5900L, 4800L));

		assertThat(table.rows().get(0)).containsExactly("start-up to healthy under 6 s, every start", "—",
				"5900 ms (slowest of 3: 5200, 5900, 4800 ms)", "met");
	}

	@Test
	void judgesOrdersAtEachLevel() {
		List<Stats> all = List.of(stats(Targets.ORDER, 1, 70, 14, 30), stats(Targets.ORDER_TRANSACTION, 1, 100, 9, 10),
				stats(Targets.ORDER, 8, 200, 30, 90), stats(Targets.ORDER_TRANSACTION, 8, 400, 20, 40));

		Targets.orders(table, all, 1, 8);

		assertThat(table.rows()).extracting(row -> row.get(3)).containsExactly("met", "**missed**");
	}

	private static Stats stats(String name, int clients, double opsPerSecond, double p50, double p99) {
		return new Stats(name, clients, (long) (opsPerSecond * 10), 0, 10, p50, p99, p99, p99);
	}

}
