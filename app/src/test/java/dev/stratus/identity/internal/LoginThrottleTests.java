package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.identity.internal.IdentityTable.Items;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The lockout window against the real table, with the clock moved by hand. */
@IntegrationTest
class LoginThrottleTests {

	@Autowired
	Items items;

	final String email = "throttle-" + UUID.randomUUID() + "@example.test";

	final String client = "client-" + UUID.randomUUID();

	@Test
	void locksAfterFiveFailuresUntilTheWindowEnds() {
		Instant start = Instant.now();
		LoginThrottle throttle = at(start);
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure(email, client);
		}
		assertThat(throttle.lockedFor(email, client)).isZero();

		throttle.recordFailure(email, client);

		assertThat(at(start.plus(Duration.ofMinutes(5))).lockedFor(email, "another-client"))
			.isEqualTo(Duration.ofMinutes(10));
		assertThat(at(start.plus(Duration.ofMinutes(5))).lockedFor("someone-else@example.test", client))
			.isEqualTo(Duration.ofMinutes(10));
		assertThat(at(start.plus(Duration.ofMinutes(15).plusSeconds(1))).lockedFor(email, client)).isZero();
	}

	@Test
	void startsCountingAfreshOnceAWindowIsOver() {
		Instant start = Instant.now();
		for (int i = 0; i < 4; i++) {
			at(start).recordFailure(email, client);
		}

		at(start.plus(Duration.ofMinutes(16))).recordFailure(email, client);

		assertThat(at(start.plus(Duration.ofMinutes(16))).lockedFor(email, client)).isZero();
	}

	@Test
	void forgivesTheEmailButNotTheClientOnSuccess() {
		LoginThrottle throttle = at(Instant.now());
		for (int i = 0; i < 5; i++) {
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
