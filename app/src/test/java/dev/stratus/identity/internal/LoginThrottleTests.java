package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.SettableClock;
import dev.stratus.identity.internal.IdentityTable.Items;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in waits and the client lock against the real table, with the clock moved by hand. */
@IntegrationTest
class LoginThrottleTests {

	@Autowired
	Items items;

	final String email = "throttle-" + UUID.randomUUID() + "@example.test";

	final String client = "client-" + UUID.randomUUID();

	@Test
	void locksAClientAfterFiveFailuresUntilTheWindowEnds() {
		Instant start = Instant.now();
		LoginThrottle throttle = at(start);
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("victim-" + i + "-" + email, client);
		}
		assertThat(throttle.lockedFor(email, client)).isZero();

		throttle.recordFailure(email, client);

		assertThat(at(start.plus(Duration.ofMinutes(5))).lockedFor("someone-else@example.test", client))
			.isEqualTo(Duration.ofMinutes(10));
		assertThat(at(start.plus(Duration.ofMinutes(15).plusSeconds(1))).lockedFor(email, client)).isZero();
	}

	@Test
	void makesAnEmailWaitASecondAfterFiveFailuresAndTwiceAsLongAfterEachFurtherOne() {
		SettableClock clock = new SettableClock();
		LoginThrottle throttle = new LoginThrottle(items, clock);
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure(email, "client-" + i + "-" + client);
		}
		assertThat(throttle.lockedFor(email, client)).isZero();

		Duration expected = Duration.ofSeconds(1);
		for (int failure = 5; failure <= 9; failure++) {
			throttle.recordFailure(email, "client-" + failure + "-" + client);
			assertThat(throttle.lockedFor(email, client)).as("after failure %d", failure).isEqualTo(expected);
			clock.advance(expected);
			assertThat(throttle.lockedFor(email, client)).isZero();
			expected = expected.multipliedBy(2);
		}
	}

	@Test
	void neverMakesAnEmailWaitLongerThanFiveMinutes() {
		assertThat(LoginThrottle.delayAfter(4)).isZero();
		assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(LoginThrottle.delayAfter(13)).isEqualTo(Duration.ofSeconds(256));
		assertThat(LoginThrottle.delayAfter(14)).isEqualTo(Duration.ofMinutes(5));
		assertThat(LoginThrottle.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void letsOneAddressFailingAsOftenAsItMayMakeTheOwnerWaitSecondsAtMost() {
		SettableClock clock = new SettableClock();
		LoginThrottle throttle = new LoginThrottle(items, clock);
		Duration longestWait = Duration.ZERO;
		int failures = 0;
		// Two hours of a guesser who fails whenever its own address is not locked, every 10 seconds.
		for (int step = 0; step < 720; step++) {
			if (throttle.lockedFor(email, client).isZero()) {
				throttle.recordFailure(email, client);
				failures++;
			}
			Duration ownerWaits = throttle.lockedFor(email, "owner-" + client);
			longestWait = ownerWaits.compareTo(longestWait) > 0 ? ownerWaits : longestWait;
			clock.advance(Duration.ofSeconds(10));
		}

		assertThat(failures).isGreaterThanOrEqualTo(40);
		assertThat(longestWait).isLessThanOrEqualTo(Duration.ofSeconds(32));
	}

	@Test
	void forgivesTheEmailButNotTheClientOnSuccess() {
		LoginThrottle throttle = at(Instant.now());
		for (int i = 0; i < 8; i++) {
			throttle.recordFailure(email, client);
		}

		throttle.clear(email);

		assertThat(throttle.lockedFor(email, "fresh-client")).isZero();
		assertThat(throttle.lockedFor(email, client)).isPositive();
	}

	private LoginThrottle at(Instant now) {
		return new LoginThrottle(items, Clock.fixed(now, ZoneOffset.UTC));
	}

}
