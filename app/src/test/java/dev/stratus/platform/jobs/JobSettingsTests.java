package dev.stratus.platform.jobs;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JobSettingsTests {

	@Test
	void retriesAfterEachDelayInTurnAndSendsTheThirdFailureToTheDeadLetterQueueAtOnce() {
		JobSettings settings = settings(List.of(Duration.ofSeconds(10), Duration.ofSeconds(60)));

		assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.retryDelay(3)).isZero();
		assertThat(settings.retryDelay(7)).isZero();
	}

	@Test
	void takesTheFirstDelayWithoutAReceiveCountAndRepeatsTheLastOne() {
		JobSettings settings = settings(List.of(Duration.ofSeconds(5)));

		assertThat(settings.retryDelay(0)).isEqualTo(Duration.ofSeconds(5));
		assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void refusesDelaysSqsCannotHonour() {
		assertThatIllegalArgumentException().isThrownBy(() -> settings(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(List.of(Duration.ofHours(13))));
		assertThatIllegalArgumentException().isThrownBy(() -> settings(List.of(Duration.ofSeconds(-1))));
	}

	@Test
	void holdsAnOrderLongerThanTheMailMayHangEvenWithAShortVisibilityTimeout() {
		JobSettings settings = settings(List.of(Duration.ofSeconds(10)));

		assertThat(settings.claim(Duration.ofSeconds(8))).isGreaterThan(Duration.ofSeconds(8))
			.isGreaterThan(Duration.ofSeconds(settings.visibilityTimeoutSeconds()));
		assertThat(new JobSettings(180, 1, 8, Duration.ofMillis(500), List.of(Duration.ofSeconds(10)),
				Duration.ofSeconds(30), Duration.ofSeconds(60))
			.claim(Duration.ofSeconds(8))).isEqualTo(Duration.ofSeconds(180));
	}

	private static JobSettings settings(List<Duration> retryDelays) {
		return new JobSettings(2, 1, 8, Duration.ofMillis(500), retryDelays, Duration.ofSeconds(30),
				Duration.ofSeconds(60));
	}

}
