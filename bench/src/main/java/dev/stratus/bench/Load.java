package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads each call the operation back to back (or at a fixed
 * pace), first for a warm-up that is not recorded, then for the measured time, whole or in windows.
 * Every loop is bounded by time.
 */
final class Load {

	/** One call; answers false (or throws) when the result was not the expected one. */
	@FunctionalInterface
	interface Op {

		boolean call(int client) throws Exception;

	}

	private Load() {
	}

	static Stats run(String name, int clients, Duration warmup, Duration measure, Progress progress, Op op) {
		return run(name, clients, warmup, measure, Duration.ZERO, progress, op);
	}

	/**
	 * @param pace the least time between the starts of two calls of one client (zero: back to back)
	 */
	static Stats run(String name, int clients, Duration warmup, Duration measure, Duration pace, Progress progress,
			Op op) {
		return record(name, clients, warmup, measure, measure, pace, progress, op).whole();
	}

	/**
	 * The measured time cut into windows (the last one runs until the last call returned), each with its own
	 * figures, and the whole; no warm-up: to see how a cold process speeds up.
	 */
	static Windowed windows(String name, int clients, Duration measure, Duration window, Progress progress, Op op) {
		return record(name, clients, Duration.ZERO, measure, window, Duration.ZERO, progress, op);
	}

	/** A measured step and its consecutive windows, the whole's figures first. */
	record Windowed(Stats whole, List<Stats> windows) {
	}

	private static Windowed record(String name, int clients, Duration warmup, Duration measure, Duration window,
			Duration pace, Progress progress, Op op) {
		progress.step(name + " with " + clients + " client" + (clients == 1 ? "" : "s"));
		long start = System.nanoTime();
		long measureFrom = start + warmup.toNanos();
		long end = measureFrom + measure.toNanos();
		int count = (int) Math.max(1, (measure.toNanos() + window.toNanos() - 1) / window.toNanos());
		var errors = new AtomicLongArray(count);
		List<Histogram[]> histograms = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Histogram[] own = new Histogram[count];
			for (int w = 0; w < count; w++) {
				own[w] = Stats.histogram();
			}
			histograms.add(own);
			Thread thread = new Thread(() -> {
				long next = System.nanoTime();
				while (true) {
					long before = System.nanoTime();
					if (before >= end) {
						return;
					}
					boolean ok;
					try {
						ok = op.call(client);
					}
					catch (Exception ex) {
						ok = false;
					}
					long after = System.nanoTime();
					progress.call();
					if (before >= measureFrom) {
						int w = (int) Math.min(count - 1, (before - measureFrom) / window.toNanos());
						if (ok) {
							own[w].recordValue(Math.max(1, (after - before) / 1000));
						}
						else {
							errors.incrementAndGet(w);
						}
					}
					if (!pace.isZero()) {
						next += pace.toNanos();
						long wait = next - System.nanoTime();
						if (wait > 0) {
							LockSupport.parkNanos(Math.min(wait, end - System.nanoTime()));
						}
					}
				}
			}, name + "-" + c);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted during " + name, ex);
			}
		}
		// Calls started before the end are counted, so the last window runs until the last one returned.
		double seconds = (Math.max(System.nanoTime(), end) - measureFrom) / 1e9;
		Histogram all = Stats.histogram();
		List<Stats> windows = new ArrayList<>();
		long allErrors = 0;
		for (int w = 0; w < count; w++) {
			Histogram merged = Stats.histogram();
			for (Histogram[] own : histograms) {
				merged.add(own[w]);
			}
			all.add(merged);
			allErrors += errors.get(w);
			double windowSeconds = w < count - 1 ? window.toNanos() / 1e9 : seconds - w * window.toNanos() / 1e9;
			windows.add(Stats.of(name, clients, merged, errors.get(w), windowSeconds));
		}
		Stats stats = Stats.of(name, clients, all, allErrors, seconds);
		System.out.printf("  %-28s c=%-3d %8.1f ops/s  p50 %7s  p95 %7s  p99 %7s ms  errors %d%n", name, clients,
				stats.opsPerSecond(), Fmt.ms(stats.p50Ms()), Fmt.ms(stats.p95Ms()), Fmt.ms(stats.p99Ms()),
				stats.errors());
		return new Windowed(stats, windows);
	}

}
