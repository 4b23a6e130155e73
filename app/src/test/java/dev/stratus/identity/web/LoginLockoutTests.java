package dev.stratus.identity.web;

import java.time.Duration;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.LoopbackClient;
import dev.stratus.identity.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.stratus.identity.TestUsers.PASSWORD;
import static dev.stratus.identity.TestUsers.newEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five failed sign-ins in 15 minutes lock the client; an email only waits, seconds at first, so
 * nobody can lock its owner out. Each test signs in from a loopback address of its own, since the
 * client is one of the things locked.
 */
@IntegrationTest
class LoginLockoutTests {

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers users;

	@Test
	void makesAnEmailWaitASecondAfterFiveFailuresButNeverLocksItsOwnerOut() {
		String email = newEmail("locked");
		users.confirmed(email);
		LoopbackClient client = LoopbackClient.fresh(api);
		for (int i = 0; i < 5; i++) {
			var failure = client.post("/api/auth/login", Map.of("email", email, "password", "Wrong-Password-1"));
			assertThat(failure.status()).isEqualTo(401);
			assertThat(failure.errorCode()).isEqualTo("INVALID_CREDENTIALS");
		}

		var signedIn = Awaitility.await("the owner signs in")
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				var attempt = LoopbackClient.fresh(api)
					.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
				if (attempt.status() == 429) {
					assertThat(attempt.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
					assertThat(attempt.header("Retry-After")).isEqualTo("1");
				}
				return attempt;
			}, attempt -> attempt.status() != 429);

		assertThat(signedIn.status()).isEqualTo(200);
	}

	@Test
	void answersAnUnknownEmailExactlyLikeAKnownOne() {
		String known = newEmail("known");
		users.confirmed(known);
		String unknown = newEmail("unknown");
		LoopbackClient one = LoopbackClient.fresh(api);
		LoopbackClient other = LoopbackClient.fresh(api);

		for (int i = 0; i < 5; i++) {
			var forKnown = one.post("/api/auth/login", Map.of("email", known, "password", "Wrong-Password-1"));
			var forUnknown = other.post("/api/auth/login", Map.of("email", unknown, "password", "Wrong-Password-1"));
			assertThat(forUnknown.status()).isEqualTo(forKnown.status());
			assertThat(forUnknown.tree().path("error")).isEqualTo(forKnown.tree().path("error"));
		}
		var lockedKnown = one.post("/api/auth/login", Map.of("email", known, "password", "Wrong-Password-1"));
		var lockedUnknown = other.post("/api/auth/login", Map.of("email", unknown, "password", "Wrong-Password-1"));
		assertThat(lockedKnown.status()).isEqualTo(429);
		assertThat(lockedUnknown.status()).isEqualTo(429);
	}

	@Test
	void locksAClientThatFailsAcrossManyEmails() {
		String victim = newEmail("sprayed");
		users.confirmed(victim);
		LoopbackClient sprayer = LoopbackClient.fresh(api);
		for (int i = 0; i < 5; i++) {
			sprayer.post("/api/auth/login", Map.of("email", newEmail("spray"), "password", "Guess-Number-" + i));
		}

		var fromSprayer = sprayer.post("/api/auth/login", Map.of("email", victim, "password", PASSWORD));
		var fromElsewhere = LoopbackClient.fresh(api).post("/api/auth/login",
				Map.of("email", victim, "password", PASSWORD));

		assertThat(fromSprayer.status()).isEqualTo(429);
		assertThat(fromElsewhere.status()).isEqualTo(200);
	}

}
