package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Background calls that keep going while a fault is caused, recording when each call started and
 * ended and what it answered. Stops on {@link #stop()} or, at the latest, after its time limit.
 */
final class Traffic {

	/** One call: when it started and ended ({@link System#nanoTime()}) and its answer. */
	record Call(String name, long startNanos, long endNanos, Api.Response response) {

		double ms() {
			return (endNanos - startNanos) / 1e6;
		}

		int status() {
			return response.status();
		}

	}

	private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

	private final List<Thread> threads = new ArrayList<>();

	private final long limit;

	private volatile boolean stopped;

	private Traffic(Duration limit) {
		this.limit = System.nanoTime() + limit.toNanos();
	}

	/** Starts {@code clients} threads, each calling back to back with at least {@code pace} between starts. */
	static Traffic start(String name, int clients, Duration pace, Duration limit, Progress progress,
			IntFunction<Api.Response> call) {
		Traffic traffic = new Traffic(limit);
		traffic.add(name, clients, pace, progress, call);
		return traffic;
	}

	Traffic add(String name, int clients, Duration pace, Progress progress, IntFunction<Api.Response> call) {
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				while (!stopped && System.nanoTime() < limit) {
					long started = System.nanoTime();
					Api.Response response = call.apply(client);
					calls.add(new Call(name, started, System.nanoTime(), response));
					progress.call();
					long wait = started + pace.toNanos() - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
				}
			}, name + "-" + c);
			threads.add(thread);
			thread.start();
		}
		return this;
	}

	/** Stops every thread, waits for the calls in flight, and returns every call made. */
	List<Call> stop() {
		stopped = true;
		for (Thread thread : threads) {
			try {
				thread.join(Duration.ofSeconds(60).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return List.copyOf(calls);
	}

	/** The calls so far, while the traffic goes on. */
	List<Call> soFar() {
		return List.copyOf(calls);
	}

}
