package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads each call the operation back to back (or at a fixed
 * pace), first for a warm-up that is not recorded, then for the measured time. Every loop is
 * bounded by time.
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
		progress.step(name + " with " + clients + " client" + (clients == 1 ? "" : "s"));
		long start = System.nanoTime();
		long measureFrom = start + warmup.toNanos();
		long end = measureFrom + measure.toNanos();
		var errors = new AtomicLong();
		List<Histogram> histograms = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Histogram histogram = Stats.histogram();
			histograms.add(histogram);
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
						if (ok) {
							histogram.recordValue(Math.max(1, (after - before) / 1000));
						}
						else {
							errors.incrementAndGet();
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
		Histogram all = Stats.histogram();
		histograms.forEach(all::add);
		// Calls started before the end are counted, so the window runs until the last one returned.
		double seconds = (Math.max(System.nanoTime(), end) - measureFrom) / 1e9;
		Stats stats = Stats.of(name, clients, all, errors.get(), seconds);
		System.out.printf("  %-28s c=%-3d %8.1f ops/s  p50 %7s  p95 %7s  p99 %7s ms  errors %d%n", name, clients,
				stats.opsPerSecond(), Fmt.ms(stats.p50Ms()), Fmt.ms(stats.p95Ms()), Fmt.ms(stats.p99Ms()),
				stats.errors());
		return stats;
	}

}
