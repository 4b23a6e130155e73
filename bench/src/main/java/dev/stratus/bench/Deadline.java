package dev.stratus.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Polling with a deadline: the only way the harness waits for something to happen. */
final class Deadline {

	private Deadline() {
	}

	/** @return the first present answer, or empty when the deadline passed first */
	static <T> Optional<T> poll(Duration timeout, Duration every, Supplier<Optional<T>> probe) {
		long end = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<T> answer = probe.get();
			if (answer.isPresent() || System.nanoTime() >= end) {
				return answer;
			}
			LockSupport.parkNanos(Math.min(every.toNanos(), Math.max(0, end - System.nanoTime())));
		}
	}

	/** @return true when the condition held before the deadline */
	static boolean until(Duration timeout, Duration every, Supplier<Boolean> condition) {
		return poll(timeout, every, () -> condition.get() ? Optional.of(true) : Optional.empty()).isPresent();
	}

	static void pause(Duration duration) {
		LockSupport.parkNanos(duration.toNanos());
	}

}
