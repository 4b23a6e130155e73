package dev.stratus.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

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

	/**
	 * Reads each item ({@code data} of a 200) until none has {@code status} any more, or the deadline passes.
	 * @return the last read of each item (absent when it could never be read)
	 */
	static Map<String, JsonNode> readUntilNot(String status, Collection<String> ids, Duration timeout,
			Function<String, Api.Response> read) {
		Map<String, JsonNode> last = new HashMap<>();
		Set<String> open = new HashSet<>(ids);
		until(timeout, Duration.ofMillis(250), () -> {
			for (String id : List.copyOf(open)) {
				Api.Response item = read.apply(id);
				if (item.status() == 200) {
					last.put(id, item.data());
					if (!status.equals(item.data().path("status").asString())) {
						open.remove(id);
					}
				}
			}
			return open.isEmpty();
		});
		return last;
	}

	static void pause(Duration duration) {
		LockSupport.parkNanos(duration.toNanos());
	}

}
