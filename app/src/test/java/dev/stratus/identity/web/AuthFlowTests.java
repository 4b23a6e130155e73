package dev.stratus.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.LoopbackClient;
import dev.stratus.identity.Mailbox;
import dev.stratus.identity.TestUsers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static dev.stratus.StratusApi.bearer;
import static dev.stratus.identity.TestUsers.PASSWORD;
import static dev.stratus.identity.TestUsers.newEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** Every account flow over HTTP, against the real local cloud and its mail server. */
@IntegrationTest
class AuthFlowTests {

	@Autowired
	StratusApi api;

	@Autowired
	Mailbox mailbox;

	@Autowired
	TestUsers users;

	@Test
	void walksSignUpConfirmLoginMeRefreshAndLogout() {
		String email = newEmail("walk");
		var registered = api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "name", "Ada"));
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.data().path("email").asString()).isEqualTo(email);
		assertThat(registered.data().path("confirmed").asBoolean()).isFalse();
		assertThat(registered.data().path("userId").asString()).matches("[0-9a-f-]{36}");

		var early = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
		assertThat(early.status()).isEqualTo(403);
		assertThat(early.errorCode()).isEqualTo("USER_NOT_CONFIRMED");

		String code = mailbox.code(email, "confirmation code");
		assertThat(api.post("/api/auth/confirm", Map.of("email", email.toUpperCase(), "code", code)).status())
			.isEqualTo(200);

		var login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
		assertThat(login.status()).isEqualTo(200);
		JsonNode session = login.data();
		assertThat(session.path("expiresIn").asInt()).isEqualTo(3600);
		assertThat(session.path("tokenType").asString()).isEqualTo("Bearer");
		assertThat(session.path("user").path("role").asString()).isEqualTo("user");
		assertThat(session.path("accessToken").asString()).isNotBlank();

		var me = api.get("/api/auth/me", bearer(session.path("idToken").asString()));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.data().path("userId").asString()).isEqualTo(registered.data().path("userId").asString());
		assertThat(me.data().path("email").asString()).isEqualTo(email);
		assertThat(me.data().path("name").asString()).isEqualTo("Ada");
		assertThat(me.data().path("role").asString()).isEqualTo("user");
		assertThat(me.data().path("emailVerified").asBoolean()).isTrue();
		assertThat(me.data().path("createdAt").asString())
				.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

		var refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", session.path("refreshToken").asString()));
		assertThat(refreshed.status()).isEqualTo(200);
		String newRefresh = refreshed.data().path("refreshToken").asString();
		assertThat(newRefresh).isNotEqualTo(session.path("refreshToken").asString());
		String newId = refreshed.data().path("idToken").asString();
		assertThat(api.get("/api/auth/me", bearer(newId)).status()).isEqualTo(200);

		var logout = api.post("/api/auth/logout", Map.of("refreshToken", newRefresh), bearer(newId));
		assertThat(logout.status()).isEqualTo(200);
		var afterLogout = api.post("/api/auth/refresh", Map.of("refreshToken", newRefresh));
		assertThat(afterLogout.status()).isEqualTo(401);
		assertThat(afterLogout.errorCode()).isEqualTo("UNAUTHORIZED");
		assertThat(api.get("/api/auth/me", bearer(newId)).status()).isEqualTo(401);
	}

	@Test
	void resetsAForgottenPasswordAndEndsEverySession() {
		String email = newEmail("reset");
		users.confirmed(email);
		JsonNode first = users.login(email, PASSWORD);
		JsonNode second = users.login(email, PASSWORD);

		assertThat(api.post("/api/auth/forgot-password", Map.of("email", email)).status()).isEqualTo(200);
		String code = mailbox.code(email, "Reset your Stratus password");
		var reset = api.post("/api/auth/reset-password",
				Map.of("email", email, "code", code, "newPassword", "Brand-New-Pass-1"));
		assertThat(reset.status()).as(reset.body()).isEqualTo(200);

		for (JsonNode session : List.of(first, second)) {
			assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", session.path("refreshToken").asString()))
				.status()).isEqualTo(401);
			assertThat(api.get("/api/auth/me", bearer(session.path("idToken").asString())).status()).isEqualTo(401);
		}
		// From a client of its own: a failed sign-in counts against the client.
		assertThat(LoopbackClient.fresh(api).post("/api/auth/login", Map.of("email", email, "password", PASSWORD))
			.errorCode()).isEqualTo("INVALID_CREDENTIALS");
		assertThat(users.login(email, "Brand-New-Pass-1").path("user").path("email").asString()).isEqualTo(email);
		var again = api.post("/api/auth/reset-password",
				Map.of("email", email, "code", code, "newPassword", "Another-Pass-2"));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.errorCode()).isEqualTo("VALIDATION_ERROR");
	}

	@Test
	void endsTheWholeSessionWhenARotatedOutRefreshTokenComesBack() {
		JsonNode session = users.login(confirmedEmail(), PASSWORD);
		String first = session.path("refreshToken").asString();
		var rotated = api.post("/api/auth/refresh", Map.of("refreshToken", first));
		String second = rotated.data().path("refreshToken").asString();
		String idToken = rotated.data().path("idToken").asString();

		var replay = api.post("/api/auth/refresh", Map.of("refreshToken", first));

		assertThat(replay.status()).isEqualTo(401);
		assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", second)).status()).isEqualTo(401);
		assertThat(api.get("/api/auth/me", bearer(idToken)).status()).isEqualTo(401);
	}

	@Test
	void leavesOtherSessionsAloneOnLogout() {
		String email = confirmedEmail();
		JsonNode phone = users.login(email, PASSWORD);
		JsonNode laptop = users.login(email, PASSWORD);

		api.post("/api/auth/logout", Map.of("refreshToken", phone.path("refreshToken").asString()),
				bearer(phone.path("idToken").asString()));

		assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", laptop.path("refreshToken").asString()))
			.status()).isEqualTo(200);
	}

	@Test
	void refusesALogoutWithSomeoneElsesRefreshTokenAndLeavesItWorking() {
		JsonNode victim = users.login(confirmedEmail(), PASSWORD);
		JsonNode other = users.login(confirmedEmail(), PASSWORD);

		var logout = api.post("/api/auth/logout", Map.of("refreshToken", victim.path("refreshToken").asString()),
				bearer(other.path("idToken").asString()));

		assertThat(logout.status()).isEqualTo(400);
		assertThat(logout.errorCode()).isEqualTo("VALIDATION_ERROR");
		assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", victim.path("refreshToken").asString()))
			.status()).isEqualTo(200);
	}

	@Test
	void letsExactlyOneOfTwoConcurrentSignUpsWithOneEmailIn() throws Exception {
		String email = newEmail("race");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String variant = i % 2 == 0 ? email : email.toUpperCase();
				Callable<Integer> signUp = () -> {
					start.await();
					return api
						.post("/api/auth/register", Map.of("email", variant, "password", PASSWORD, "name", "Racer"))
						.status();
				};
				results.add(pool.submit(signUp));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(201, 409);
			assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Nested
	class Register {

		@Test
		void namesEveryBrokenPasswordRuleAndEveryBadField() {
			var response = api.post("/api/auth/register",
					Map.of("email", "not-an-email", "password", "short", "name", ""));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
			List<String> details = new ArrayList<>();
			response.tree().path("error").path("details").forEach(problem -> details
				.add(problem.path("field").asString() + ": " + problem.path("message").asString()));
			assertThat(details).contains("password: must be at least 8 characters long",
					"password: must contain an upper-case letter", "password: must contain a digit");
			assertThat(details).anyMatch(detail -> detail.startsWith("email: "));
			assertThat(details).anyMatch(detail -> detail.startsWith("name: "));
			assertThat(details).noneMatch(detail -> detail.equals("password: must contain a lower-case letter"));
		}

		@Test
		void writesNothingWhenTheInputIsBad() {
			String email = newEmail("nothing");
			api.post("/api/auth/register", Map.of("email", email, "password", "weakpassword", "name", "N"));

			var retry = api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "name", "N"));

			assertThat(retry.status()).isEqualTo(201);
		}

		@Test
		void refusesATakenEmailWhateverItsCase() {
			String email = newEmail("taken");
			api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "name", "First"));

			var second = api.post("/api/auth/register",
					Map.of("email", email.toUpperCase(), "password", PASSWORD, "name", "Second"));

			assertThat(second.status()).isEqualTo(409);
			assertThat(second.errorCode()).isEqualTo("DUPLICATE_ENTRY");
		}

		@Test
		void refusesPasswordsLongerThanBcryptReads() {
			var response = api.post("/api/auth/register",
					Map.of("email", newEmail("long"), "password", "Aa1" + "x".repeat(70), "name", "Long"));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.tree().path("error").path("details").get(0).path("field").asString())
				.isEqualTo("password");
		}

	}

	@Nested
	class Confirm {

		@Test
		void refusesAWrongCodeAndForgetsTheCodeAfterFiveWrongTries() {
			String email = newEmail("guess");
			api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "name", "Guesser"));
			String code = mailbox.code(email, "confirmation code");
			String wrong = code.equals("000000") ? "111111" : "000000";

			for (int i = 0; i < 5; i++) {
				var response = api.post("/api/auth/confirm", Map.of("email", email, "code", wrong));
				assertThat(response.status()).isEqualTo(400);
				assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
			}

			assertThat(api.post("/api/auth/confirm", Map.of("email", email, "code", code)).status()).isEqualTo(400);
		}

		@Test
		void refusesEvenTheRightCodeOfAFreshlySentOneAfterTenWrongOnes() {
			String email = newEmail("guesser");
			api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "name", "Guesser"));
			String first = mailbox.code(email, "confirmation code");
			String wrong = first.equals("000000") ? "111111" : "000000";
			for (int i = 0; i < 10; i++) {
				assertThat(api.post("/api/auth/confirm", Map.of("email", email, "code", wrong)).status())
						.isEqualTo(400);
			}

			assertThat(api.post("/api/auth/resend-code", Map.of("email", email)).status()).isEqualTo(200);
			String fresh = mailbox.codeAfter(email, "confirmation code", 1);
			var refused = api.post("/api/auth/confirm", Map.of("email", email, "code", fresh));

			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
			assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
		}

		@Test
		void sendsAnAccountAtMostFiveCodesAnHourAndAnswersAnUnknownEmailAlike() {
			String known = confirmedEmail();
			String unknown = newEmail("nobody");
			for (int i = 0; i < 5; i++) {
				assertThat(api.post("/api/auth/forgot-password", Map.of("email", known)).status()).isEqualTo(200);
				assertThat(api.post("/api/auth/resend-code", Map.of("email", unknown)).status()).isEqualTo(200);
			}

			var forKnown = api.post("/api/auth/forgot-password", Map.of("email", known));
			var forUnknown = api.post("/api/auth/resend-code", Map.of("email", unknown));

			assertThat(forKnown.status()).isEqualTo(429);
			assertThat(forKnown.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
			assertThat(Long.parseLong(forKnown.header("Retry-After"))).isBetween(1L, 3600L);
			assertThat(forUnknown.status()).isEqualTo(429);
			assertThat(mailbox.count(known, "Reset your Stratus password")).isEqualTo(5);
		}

		@Test
		void answersAnUnknownEmailLikeAWrongCode() {
			var response = api.post("/api/auth/confirm", Map.of("email", newEmail("ghost"), "code", "123456"));

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
		}

		@Test
		void acceptsOnlyTheNewestCodeAfterAResend() {
			String email = newEmail("resend");
			api.post("/api/auth/register", Map.of("email", email, "password", PASSWORD, "name", "Resender"));
			String old = mailbox.code(email, "confirmation code");

			assertThat(api.post("/api/auth/resend-code", Map.of("email", email)).status()).isEqualTo(200);
			String fresh = mailbox.codeAfter(email, "confirmation code", 1);

			if (!fresh.equals(old)) {
				assertThat(api.post("/api/auth/confirm", Map.of("email", email, "code", old)).status()).isEqualTo(400);
			}
			assertThat(api.post("/api/auth/confirm", Map.of("email", email, "code", fresh)).status()).isEqualTo(200);
		}

	}

	@Test
	void answersResendAndForgotTheSameWhetherOrNotTheEmailExists() {
		String known = confirmedEmail();
		String unknown = newEmail("nobody");

		for (String path : List.of("/api/auth/resend-code", "/api/auth/forgot-password")) {
			var forKnown = api.post(path, Map.of("email", known));
			var forUnknown = api.post(path, Map.of("email", unknown));
			assertThat(forKnown.status()).isEqualTo(200);
			assertThat(forUnknown.status()).isEqualTo(200);
			assertThat(forKnown.data()).isEqualTo(forUnknown.data());
		}
	}

	private String confirmedEmail() {
		String email = newEmail("user");
		users.confirmed(email);
		return email;
	}

}
