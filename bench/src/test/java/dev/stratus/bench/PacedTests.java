package dev.stratus.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PacedTests {

	@Test
	void startsEveryCallOnTimeWhileEarlierCallsAreStillRunning() {
		int calls = 10;
		// Each call waits until every call has started: a closed loop would never get past the first.
		CountDownLatch started = new CountDownLatch(calls);
		try (Progress progress = new Progress("test")) {
			List<Boolean> results = Paced.run("open loop", 100, Duration.ofMillis(100), progress, i -> {
				started.countDown();
				try {
					return started.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			});
			assertThat(results).hasSize(calls).containsOnly(true);
		}
	}

	@Test
	void returnsTheResultsInTheOrderTheCallsStarted() {
		try (Progress progress = new Progress("test")) {
			assertThat(Paced.run("in order", 1000, Duration.ofMillis(5), progress, i -> i)).containsExactly(0, 1, 2,
					3, 4);
		}
	}

}
