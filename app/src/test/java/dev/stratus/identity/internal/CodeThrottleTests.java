package dev.stratus.identity.internal;

import java.time.Duration;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.SettableClock;
import dev.stratus.identity.internal.IdentityTable.Items;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The hourly caps on wrong codes and codes sent, against the real table with the clock moved by hand. */
@IntegrationTest
class CodeThrottleTests {

	@Autowired
	Items items;

	final SettableClock clock = new SettableClock();

	final String email = "codes-" + UUID.randomUUID() + "@example.test";

	@Test
	void refusesCodesForTheRestOfTheHourOnceTenWrongOnesWereTried() {
		CodeThrottle throttle = new CodeThrottle(items, clock);
		for (int i = 0; i < 9; i++) {
			assertThat(throttle.recordWrong(email)).isFalse();
		}
		assertThat(throttle.refusedFor(email)).isZero();

		clock.advance(Duration.ofMinutes(20));
		assertThat(throttle.recordWrong(email)).as("the tenth uses them up").isTrue();

		assertThat(throttle.refusedFor(email)).isEqualTo(Duration.ofMinutes(40));
		clock.advance(Duration.ofMinutes(40));
		assertThat(throttle.refusedFor(email)).isZero();
		assertThat(throttle.recordWrong(email)).as("a new hour counts afresh").isFalse();
	}

	@Test
	void sendsAtMostFiveCodesAnHour() {
		CodeThrottle throttle = new CodeThrottle(items, clock);
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.trySend(email)).isZero();
		}

		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.trySend(email)).isEqualTo(Duration.ofMinutes(45));

		clock.advance(Duration.ofMinutes(45));
		assertThat(throttle.trySend(email)).isZero();
	}

}
