package dev.stratus.bench;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The progress line: what runs now, how long the run has taken, how many calls the current step
 * has made. Printed when a step starts and every few seconds while it runs.
 */
final class Progress implements AutoCloseable {

	private final String run;

	private final long started = System.nanoTime();

	private final AtomicReference<String> step = new AtomicReference<>("starting");

	private final AtomicLong calls = new AtomicLong();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "progress");
		thread.setDaemon(true);
		return thread;
	});

	Progress(String run) {
		this.run = run;
		timer.scheduleAtFixedRate(this::print, 5, 5, TimeUnit.SECONDS);
	}

	void step(String name) {
		step.set(name);
		calls.set(0);
		print();
	}

	void call() {
		calls.incrementAndGet();
	}

	private void print() {
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		long count = calls.get();
		System.out.printf("[%s %d:%02d] %s%s%n", run, seconds / 60, seconds % 60, step.get(),
				count > 0 ? " (" + count + " calls)" : "");
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

}
