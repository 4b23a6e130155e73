package dev.stratus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** A fixed number of calls spread over client threads that are all released at the same moment. */
final class Burst {

	private Burst() {
	}

	static <T> List<T> run(int clients, int calls, IntFunction<T> call) {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch gate = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					gate.await();
					return call.apply(index);
				}));
			}
			gate.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during a burst", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("A burst call failed or hung: " + ex.getMessage(), ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
