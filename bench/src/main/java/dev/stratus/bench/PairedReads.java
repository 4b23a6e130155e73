package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads through the API, each measured right after its baseline (every SDK call the app makes for the same
 * answer) at 1 and 8 closed-loop clients, level by level, so a noisy neighbour hurts both sides alike. The
 * ratios are API/baseline ops/s, p50 and p99; the deltas what the API adds to the baseline's p50 and p99.
 */
final class PairedReads {

	static final int[] CLIENTS = { 1, 8 };

	/** Warm once the JIT compilers take less than this share of the app's CPU in a round of warm-up. */
	static final double WARM_JIT_SHARE = 0.10;

	/** The most rounds of warm-up an app gets. */
	static final int MAX_WARMUP_ROUNDS = 4;

	private PairedReads() {
	}

	/** An API call and its baseline. */
	record Pair(Bench.Step api, Bench.Step baseline) {
	}

	/** The table, for the caller's notes, and every step's figures, baselines and API calls alike. */
	record Measured(Report.Table table, List<Stats> stats) {
	}

	/**
	 * Warms every call up unrecorded for {@code warmup} at 8 clients, then measures each pair at each level.
	 * @return the table, for the caller's notes
	 */
	static Report.Table compare(Run run, String title, List<Pair> pairs, Duration warmup, String figure) {
		return compare(run, title, pairs, warmup, figure, null, () -> {
		}).table();
	}

	/**
	 * @param app when given, its API calls warm up until its JIT compilers are mostly done (see {@link #warmUp}),
	 * and a second table says where each step's CPU went (see {@link CpuTime})
	 * @param settle runs after the warm-up and after each level: waits until work the calls left behind (an
	 * order's confirmation) is done, so that it does not run into the next level's measurements
	 */
	static Measured compare(Run run, String title, List<Pair> pairs, Duration warmup, String figure,
			@Nullable Proc app, Runnable settle) {
		List<String> warmed = new ArrayList<>();
		for (Pair pair : pairs) {
			Load.run("warm-up: " + pair.baseline().name(), 8, Duration.ZERO, warmup, run.progress,
					pair.baseline().op());
			warmed.add(warmUp(run, pair.api(), warmup, app));
		}
		settle.run();
		var table = run.report.table(title, "call", "clients", "ops/s", "p50 ms", "p99 ms", "errors", "baseline",
				"baseline ops/s", "baseline p50 ms", "baseline p99 ms", "ops/s ratio", "p50 ratio", "p99 ratio",
				"p50 Δ", "p99 Δ");
		if (app != null) {
			table.notes().add("Warm-up at 8 clients, in rounds of " + warmup.toSeconds() + " s until the JIT "
					+ "compilers took under " + Math.round(WARM_JIT_SHARE * 100) + " % of the app's CPU in a round (at "
					+ "most " + MAX_WARMUP_ROUNDS + "): " + String.join("; ", warmed) + ".");
		}
		Report.Table cpu = app == null ? null : cpuTable(run);
		List<Stats> all = new ArrayList<>();
		for (int clients : CLIENTS) {
			for (Pair pair : pairs) {
				Stats base = measure(run, pair.baseline(), clients, app, cpu);
				Stats stats = measure(run, pair.api(), clients, app, cpu);
				all.add(base);
				all.add(stats);
				Report.row(table, stats.name(), Integer.toString(clients), Fmt.num(stats.opsPerSecond(), 0),
						Fmt.ms(stats.p50Ms()), Fmt.ms(stats.p99Ms()), Long.toString(stats.errors()), base.name(),
						Fmt.num(base.opsPerSecond(), 0), Fmt.ms(base.p50Ms()), Fmt.ms(base.p99Ms()),
						Fmt.ratio(stats.opsPerSecond(), base.opsPerSecond()), Fmt.ratio(stats.p50Ms(), base.p50Ms()),
						Fmt.ratio(stats.p99Ms(), base.p99Ms()), Fmt.delta(stats.p50Ms(), base.p50Ms()),
						Fmt.delta(stats.p99Ms(), base.p99Ms()));
				for (Stats step : List.of(base, stats)) {
					run.report.check(Check.of(step.name() + " at " + clients + " clients answers without errors",
							step.errors() == 0 && step.ops() > 0, step.ops() + " calls, " + step.errors() + " errors"));
				}
			}
			settle.run();
		}
		run.report.figure(figure, all);
		return new Measured(table, all);
	}

	/**
	 * Runs {@code step} unrecorded for {@code round}, again while the app's JIT compilers still take a large share of
	 * its CPU: a JVM that is still compiling is not warm, and its figures would be the compiler's.
	 * @return what the warm-up took, for the notes
	 */
	private static String warmUp(Run run, Bench.Step step, Duration round, @Nullable Proc app) {
		int rounds = 0;
		double share;
		do {
			CpuTime before = app == null ? null : CpuTime.of(app);
			Load.run("warm-up: " + step.name(), 8, Duration.ZERO, round, run.progress, step.op());
			rounds++;
			if (app == null || before == null) {
				return "";
			}
			CpuTime spent = CpuTime.of(app).since(before);
			share = spent.jitShare();
		}
		while (share >= WARM_JIT_SHARE && rounds < MAX_WARMUP_ROUNDS);
		return step.name() + " " + rounds + " round" + (rounds == 1 ? "" : "s") + ", the last with "
				+ Math.round(share * 100) + " % of the app's CPU compiling";
	}

	private static Stats measure(Run run, Bench.Step step, int clients, @Nullable Proc app,
			Report.@Nullable Table cpu) {
		CpuTime before = app == null ? null : CpuTime.of(app);
		Stats stats = Load.run(step.name(), clients, Throughput.WARMUP, Throughput.MEASURE, run.progress, step.op());
		if (app != null && before != null && cpu != null) {
			CpuTime spent = CpuTime.of(app).since(before);
			double rate = stats.opsPerSecond();
			Report.row(cpu, stats.name(), Integer.toString(clients), Fmt.num(rate, 0),
					Fmt.ms(spent.msPerCall(spent.app(), rate)), Fmt.ms(spent.msPerCall(spent.jit(), rate)),
					Fmt.ms(spent.msPerCall(spent.started(), rate)),
					Fmt.ms(spent.msPerCall(spent.harness(), rate)), Fmt.ms(spent.msPerCall(spent.machine(), rate)),
					Fmt.num(100 * spent.machineBusy(Runtime.getRuntime().availableProcessors()), 0) + " %");
		}
		return stats;
	}

	private static Report.Table cpuTable(Run run) {
		var table = run.report.table("Where the CPU went: milliseconds of CPU per call, by process (same steps)",
				"call", "clients", "ops/s", "app JVM ms", "of it JIT compiling ms", "its DynamoDB server ms",
				"bench harness ms", "whole machine ms", "machine busy");
		table.notes().add("From /proc over each step (its warm-up and measured seconds), divided by the calls at "
				+ "the step's rate. The app JVM includes the local cloud it embeds (SQS, S3, mail) and the work an "
				+ "order leaves to the confirmation pipeline during the step; the DynamoDB server is the Node process "
				+ "it started, which also serves the baselines. On the baseline rows the app JVM only idles.");
		return table;
	}

}
