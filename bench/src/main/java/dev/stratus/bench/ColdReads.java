package dev.stratus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a user meets right after a start: the app started again on the same data, several times, and each time
 * read ({@code GET /api/products/{id}} at one client) from its first healthy answer on, with no warm-up, second by
 * second. A first start makes the data (the administrator's token and the products), so the reads after every
 * later start are the new process's very first requests; the token, like a user's, outlives the restart.
 */
final class ColdReads {

	static final int STARTS = 3;

	static final Duration LENGTH = Duration.ofSeconds(10);

	private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(90);

	private ColdReads() {
	}

	/**
	 * @param app the last start, still running
	 * @param startsMs every start's time to healthy, the one that made the data first
	 * @param reads each measured start's whole reads
	 */
	record Started(AppProcess app, String token, List<String> products, List<Long> startsMs, List<Stats> reads) {
	}

	static Started run(Run run, CloudPorts ports, Path data) {
		run.progress.step("start 1 of " + (STARTS + 1) + ": the data for the cold reads");
		AppProcess seeding = run.app("app-start-1", data, ports.env());
		List<Long> startsMs = new ArrayList<>(List.of(seeding.awaitHealthy(HEALTHY_WITHIN)));
		String token = seeding.shop().loginAdmin();
		List<String> products = Bench.createProducts(seeding.shop(), token, 40, Bench.MAX_STOCK);
		run.stop(seeding);
		var table = run.report.table("Cold: " + Targets.PRODUCT_READ + " at 1 client from the first healthy answer, "
				+ "no warm-up (" + LENGTH.toSeconds() + " s after each start)", "start", "to healthy ms", "calls",
				"errors", "p50 ms", "p99 ms", "max ms", "p50 ms, second by second", "p99 ms, second by second",
				"app JVM CPU ms", "of it JIT compiling");
		List<Stats> reads = new ArrayList<>();
		List<Load.Windowed> figures = new ArrayList<>();
		AppProcess app = null;
		for (int start = 2; start <= STARTS + 1; start++) {
			if (app != null) {
				run.stop(app);
			}
			run.progress.step("start " + start + " of " + (STARTS + 1));
			app = run.app("app-start-" + start, data, ports.env());
			long ms = app.awaitHealthy(HEALTHY_WITHIN);
			Shop shop = app.shop();
			CpuTime before = CpuTime.of(app);
			Load.Windowed cold = Load.windows("cold " + Targets.PRODUCT_READ, 1, LENGTH, Duration.ofSeconds(1),
					run.progress, c -> shop.product(token, Bench.any(products)).status() == 200);
			CpuTime spent = CpuTime.of(app).since(before);
			startsMs.add(ms);
			reads.add(cold.whole());
			figures.add(cold);
			Stats whole = cold.whole();
			Report.row(table, Integer.toString(start), Long.toString(ms), Long.toString(whole.ops()),
					Long.toString(whole.errors()), Fmt.ms(whole.p50Ms()), Fmt.ms(whole.p99Ms()), Fmt.ms(whole.maxMs()),
					bySecond(cold, Stats::p50Ms), bySecond(cold, Stats::p99Ms), Long.toString(spent.app() * 10),
					Fmt.num(100 * spent.jitShare(), 0) + " %");
			run.report.check(Check.of("cold product reads after start " + start + " answer without errors",
					whole.errors() == 0 && whole.ops() > 0, whole.ops() + " calls, " + whole.errors() + " errors"));
		}
		table.notes().add("Start 1 made the data (sign-in, " + products.size() + " products) and is not read from. "
				+ "The reads begin as soon as the harness sees the first 200 from /api/health (polled every 100 ms) "
				+ "and use the token of start 1, so they are the process's first requests. The app's CPU over the "
				+ "10 s and its JIT compiler threads' share of it are from /proc."
				+ (app.launchedWith().isEmpty() ? "" : " The app ran on " + app.launchedWith() + "."));
		run.report.figure("cold", figures);
		return new Started(app, token, products, startsMs, reads);
	}

	private static String bySecond(Load.Windowed cold, java.util.function.ToDoubleFunction<Stats> figure) {
		return cold.windows().stream().map(w -> Fmt.ms(figure.applyAsDouble(w))).collect(Collectors.joining(" "));
	}

}
