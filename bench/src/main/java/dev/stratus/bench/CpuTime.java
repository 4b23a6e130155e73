package dev.stratus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a measured step's CPU went: the app's JVM, the processes it started (its local DynamoDB), this harness and
 * the whole machine, read from {@code /proc} (Linux; elsewhere every figure is zero). Counted in clock ticks of
 * 10 ms, so a step of a few seconds at hundreds of calls a second still resolves fractions of a millisecond per call.
 *
 * @param app ticks of the app's JVM
 * @param jit of those, its JIT compiler threads' (C1 and C2): how much of the app's CPU was still warm-up
 * @param started ticks of the processes the app started
 * @param harness ticks of this harness
 * @param machine busy ticks of all CPUs together (not idle, not waiting for I/O)
 * @param nanos when it was read ({@link System#nanoTime})
 */
record CpuTime(long app, long jit, long started, long harness, long machine, long nanos) {

	private static final double MS_PER_TICK = 10;

	static CpuTime of(Proc app) {
		return new CpuTime(ticks(app.pid()), jitTicks(app.pid()), app.descendantPids().map(CpuTime::ticks).sum(),
				ticks(ProcessHandle.current().pid()), machineBusy(), System.nanoTime());
	}

	/** What was spent from {@code before} to this reading. */
	CpuTime since(CpuTime before) {
		return new CpuTime(app - before.app, jit - before.jit, started - before.started, harness - before.harness,
				machine - before.machine, nanos - before.nanos);
	}

	/** Milliseconds of CPU per call, from ticks spent over this span at {@code callsPerSecond}. */
	double msPerCall(long ticks, double callsPerSecond) {
		double calls = callsPerSecond * nanos / 1e9;
		return calls <= 0 ? 0 : ticks * MS_PER_TICK / calls;
	}

	/** The share of the app's CPU over this span that its JIT compilers took, 0 to 1: how much was still warm-up. */
	double jitShare() {
		return (double) jit / Math.max(1, app);
	}

	/** How busy the machine was over this span, 0 to 1. */
	double machineBusy(int cpus) {
		double capacity = nanos / 1e9 * 1000 / MS_PER_TICK * cpus;
		return capacity <= 0 ? 0 : machine / capacity;
	}

	/** utime + stime of one process, fields 14 and 15 of {@code /proc/<pid>/stat}. */
	static long ticks(long pid) {
		return statTicks(Path.of("/proc", Long.toString(pid), "stat"));
	}

	/** The same for the HotSpot JIT compiler threads of a JVM ({@code C1 CompilerThre…}, {@code C2 …}). */
	static long jitTicks(long pid) {
		try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			return threads.filter(thread -> read(thread.resolve("comm")).matches("(?s)C[12] CompilerThre.*"))
				.mapToLong(thread -> statTicks(thread.resolve("stat")))
				.sum();
		}
		catch (IOException | UncheckedIOException gone) {
			return 0;
		}
	}

	private static long statTicks(Path file) {
		String stat = read(file);
		int end = stat.lastIndexOf(')');
		if (end < 0) {
			return 0;
		}
		// After the command in parentheses come the fields from the third (state) on.
		String[] fields = stat.substring(end + 2).trim().split(" ");
		return fields.length > 12 ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
	}

	/** user, nice, system, irq, softirq and steal of the {@code cpu} line of {@code /proc/stat}. */
	private static long machineBusy() {
		String all = read(Path.of("/proc/stat"));
		if (!all.startsWith("cpu ")) {
			return 0;
		}
		String[] fields = all.substring(4, all.indexOf('\n')).trim().split("\\s+");
		long busy = 0;
		for (int i : new int[] { 0, 1, 2, 5, 6, 7 }) {
			busy += i < fields.length ? Long.parseLong(fields[i]) : 0;
		}
		return busy;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException | UncheckedIOException gone) {
			return "";
		}
	}

}
