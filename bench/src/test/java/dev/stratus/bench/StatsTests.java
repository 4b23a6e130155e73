package dev.stratus.bench;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsTests {

	@Test
	void readsPercentilesInMillisecondsFromMicroseconds() {
		Histogram micros = Stats.histogram();
		for (int ms = 1; ms <= 100; ms++) {
			micros.recordValue(ms * 1000L);
		}
		Stats stats = Stats.of("call", 8, micros, 3, 2.0);
		assertThat(stats.ops()).isEqualTo(100);
		assertThat(stats.errors()).isEqualTo(3);
		assertThat(stats.p50Ms()).isCloseTo(50, within(0.1));
		assertThat(stats.p95Ms()).isCloseTo(95, within(0.1));
		assertThat(stats.p99Ms()).isCloseTo(99, within(0.1));
		assertThat(stats.maxMs()).isCloseTo(100, within(0.1));
	}

	@Test
	void countsThroughputOverTheMeasuredSecondsOnly() {
		Histogram micros = Stats.histogram();
		for (int i = 0; i < 500; i++) {
			micros.recordValue(200);
		}
		assertThat(Stats.of("call", 1, micros, 0, 2.5).opsPerSecond()).isEqualTo(200.0);
	}

	@Test
	void reportsZerosForAStepWithoutSuccessfulCalls() {
		Stats stats = Stats.of("call", 4, Stats.histogram(), 7, 1.0);
		assertThat(stats.opsPerSecond()).isZero();
		assertThat(stats.p99Ms()).isZero();
		assertThat(stats.maxMs()).isZero();
	}

	@Test
	void formatsRatiosAndDeltasWithoutLocaleSurprises() {
		assertThat(Fmt.ratio(62, 100)).isEqualTo("0.62×");
		assertThat(Fmt.ratio(5, 0)).isEqualTo("n/a");
		assertThat(Fmt.delta(4.5, 3.3)).isEqualTo("+1.20 ms");
		assertThat(Fmt.delta(12, 30)).isEqualTo("-18.0 ms");
	}

	@Test
	void cutsAMeasurementIntoWindowsThatAddUpToTheWhole() {
		try (Progress progress = new Progress("test")) {
			Load.Windowed windowed = Load.windows("call", 2, java.time.Duration.ofMillis(300),
					java.time.Duration.ofMillis(100), progress, client -> client == 0);

			assertThat(windowed.windows()).hasSize(3);
			assertThat(windowed.windows().stream().mapToLong(Stats::ops).sum()).isEqualTo(windowed.whole().ops());
			assertThat(windowed.windows().stream().mapToLong(Stats::errors).sum())
				.isEqualTo(windowed.whole().errors())
				.isPositive();
			assertThat(windowed.windows().stream().mapToDouble(Stats::seconds).sum())
				.isCloseTo(windowed.whole().seconds(), within(1e-6));
		}
	}

}
