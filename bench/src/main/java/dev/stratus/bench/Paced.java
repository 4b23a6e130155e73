package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop load: call {@code i} starts at {@code i / perSecond} seconds whatever the earlier
 * calls are doing, each on a thread of its own, so a slow answer never delays the next arrival (a
 * closed loop would slow down exactly when the server does, and hide it).
 */
final class Paced {

	private Paced() {
	}

	/** @return every call's result, in the order the calls started */
	static <T> List<T> run(String name, double perSecond, Duration length, Progress progress, IntFunction<T> call) {
		progress.step(name);
		int calls = (int) Math.round(perSecond * length.toNanos() / 1e9);
		long interval = Math.round(1e9 / perSecond);
		ExecutorService pool = Executors.newCachedThreadPool();
		try {
			List<Future<T>> futures = new ArrayList<>(calls);
			long start = System.nanoTime();
			for (int i = 0; i < calls; i++) {
				long wait = start + i * interval - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				int index = i;
				futures.add(pool.submit(() -> {
					T result = call.apply(index);
					progress.call();
					return result;
				}));
			}
			List<T> results = new ArrayList<>(calls);
			for (Future<T> future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during " + name, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(name + ": a call failed or hung: " + ex.getMessage(), ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
