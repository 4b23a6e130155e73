package dev.stratus.platform.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that repeat one step until stopped, started and stopped with their pipeline (and by
 * tests, which stop one to look at the pipeline without it). A failing step is logged and retried
 * after a short pause, so a backing service outage only delays the work.
 */
public abstract class BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

	private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

	private final String name;

	private final int threads;

	private final Object pause = new Object();

	private volatile boolean running;

	private boolean woken;

	private List<Thread> workers = List.of();

	BackgroundLoop(String name, int threads) {
		this.name = name;
		this.threads = threads;
	}

	/**
	 * One unit of work; long-polls or waits itself, returning promptly once stopped. Public so that
	 * a test can drive a stopped loop one step at a time.
	 */
	public abstract void step() throws InterruptedException;

	/** Runs once before the threads start. */
	void beforeStart() {
	}

	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		beforeStart();
		List<Thread> started = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread thread = new Thread(this::run, name + "-" + i);
			thread.setDaemon(true);
			thread.start();
			started.add(thread);
		}
		workers = started;
		log.info("Started {} ({} threads)", name, threads);
	}

	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		synchronized (pause) {
			pause.notifyAll();
		}
		workers.forEach(Thread::interrupt);
		for (Thread thread : workers) {
			try {
				thread.join(Duration.ofSeconds(10).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		log.info("Stopped {}", name);
	}

	public boolean isRunning() {
		return running;
	}

	/** Waits up to {@code timeout}, returning early when stopped or {@link #wake()}d. */
	void await(Duration timeout) throws InterruptedException {
		synchronized (pause) {
			if (running && !woken) {
				pause.wait(Math.max(1, timeout.toMillis()));
			}
			woken = false;
		}
	}

	/** Ends the current {@link #await} early, or the next one if none is waiting. */
	void wake() {
		synchronized (pause) {
			woken = true;
			pause.notifyAll();
		}
	}

	private void run() {
		while (running) {
			try {
				step();
			}
			catch (InterruptedException stopped) {
				return;
			}
			catch (RuntimeException ex) {
				if (!running) {
					return;
				}
				log.warn("{} step failed, retrying: {}: {}", name, ex.getClass().getSimpleName(), ex.getMessage());
				try {
					await(PAUSE_AFTER_FAILURE);
				}
				catch (InterruptedException stopped) {
					return;
				}
			}
		}
	}

}
