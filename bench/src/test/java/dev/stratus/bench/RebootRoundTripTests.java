package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RebootRoundTripTests {

	private static final Duration EVERY = Duration.ofMillis(1);

	private static Api.Response read(int status, String state, String checks) {
		return new Api.Response(status, Api.JSON
			.readTree("{\"data\":{\"state\":\"" + state + "\",\"statusChecks\":\"" + checks + "\"}}"), 1000);
	}

	/** Answers the reads in order, the last one for ever after. */
	private static Supplier<Api.Response> reads(Api.Response... answers) {
		Deque<Api.Response> left = new ArrayDeque<>(List.of(answers));
		return () -> left.size() > 1 ? left.poll() : left.peek();
	}

	@Test
	void measuresFromTheAcceptanceToTheFirstOkReadAfterTheChecksInitialized() {
		long acceptedFiveSecondsAgo = System.nanoTime() - Duration.ofSeconds(5).toNanos();

		RebootRoundTrip.Watch watch = RebootRoundTrip.Watch.of(reads(read(200, "running", "initializing"),
				read(200, "running", "initializing"), read(200, "running", "ok")), acceptedFiveSecondsAgo, EVERY,
				Duration.ofSeconds(5));

		assertThat(watch.back()).isTrue();
		assertThat(watch.millis()).isBetween(5_000L, 10_000L);
	}

	@Test
	void waitsForTheRebootToShowBeforeAnOkReadCounts() {
		Supplier<Api.Response> reads = reads(read(200, "running", "ok"), read(200, "running", "initializing"),
				read(200, "running", "ok"), read(200, "stopped", "not-applicable"));

		RebootRoundTrip.Watch watch = RebootRoundTrip.Watch.of(reads, System.nanoTime(), EVERY, Duration.ofSeconds(5));

		assertThat(watch.back()).isTrue();
		assertThat(reads.get().data().path("state").asString()).as("the read after the one that ended the watch")
			.isEqualTo("stopped");
	}

	@Test
	void skipsReadsThatFailed() {
		RebootRoundTrip.Watch watch = RebootRoundTrip.Watch.of(reads(read(503, "", ""),
				read(200, "running", "initializing"), read(Api.NO_ANSWER, "", ""), read(200, "running", "ok")),
				System.nanoTime(), EVERY, Duration.ofSeconds(5));

		assertThat(watch.back()).isTrue();
	}

	@Test
	void givesUpAtTheDeadlineAndCountsTheRebootAsAnError() {
		RebootRoundTrip.Watch stuck = RebootRoundTrip.Watch.of(reads(read(200, "running", "initializing")),
				System.nanoTime(), EVERY, Duration.ofMillis(50));
		RebootRoundTrip.Watch neverShown = RebootRoundTrip.Watch.of(reads(read(200, "running", "ok")),
				System.nanoTime(), EVERY, Duration.ofMillis(50));
		RebootRoundTrip.Watch back = new RebootRoundTrip.Watch(true, 12_000);

		Stats stats = RebootRoundTrip.stats("reboots", List.of(stuck, neverShown, back));

		assertThat(stuck.back()).isFalse();
		assertThat(stuck.millis()).isEqualTo(-1);
		assertThat(neverShown.back()).isFalse();
		assertThat(stats.ops()).isEqualTo(1);
		assertThat(stats.errors()).isEqualTo(2);
		assertThat(stats.p50Ms()).isBetween(11_990.0, 12_010.0);
	}

	@Test
	void tellsRebootByRebootHowMuchLaterTheSlowerPollSawItBack() {
		List<RebootRoundTrip.Watch> slow = List.of(new RebootRoundTrip.Watch(true, 12_900),
				new RebootRoundTrip.Watch(true, 15_000), new RebootRoundTrip.Watch(true, -1),
				new RebootRoundTrip.Watch(true, 11_100));
		List<RebootRoundTrip.Watch> fast = List.of(new RebootRoundTrip.Watch(true, 11_000),
				new RebootRoundTrip.Watch(true, 14_900), new RebootRoundTrip.Watch(true, 19_000),
				new RebootRoundTrip.Watch(true, 11_000));

		assertThat(RebootRoundTrip.later(slow, fast)).containsExactly(100L, 100L, 1_900L);
	}

}
