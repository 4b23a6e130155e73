package dev.stratus.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.StratusApi.Response;
import dev.stratus.identity.Mailbox;
import dev.stratus.identity.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static dev.stratus.StratusApi.bearer;
import static dev.stratus.identity.TestUsers.PASSWORD;
import static dev.stratus.identity.TestUsers.newEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** The sessions list of the security settings, over HTTP against the real local cloud. */
@IntegrationTest
class SessionsFlowTests {

	private static final String SESSIONS = "/api/auth/sessions";

	/** The contract's window for an ended session's tokens (5 s), with room for a slow machine. */
	private static final Duration REVOCATION_WINDOW = Duration.ofSeconds(10);

	private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile Safari";

	private static final String LAPTOP = "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0";

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers users;

	@Autowired
	Mailbox mailbox;

	@Test
	void listsEachSignInWithItsClientAndMarksTheOneAsking() {
		String email = confirmedEmail();
		Instant before = Instant.now().minusSeconds(1);
		JsonNode phone = login(email, PHONE);
		JsonNode laptop = login(email, LAPTOP);

		List<JsonNode> seenFromPhone = sessions(phone);
		List<JsonNode> seenFromLaptop = sessions(laptop);

		assertThat(seenFromPhone).extracting(session -> session.path("userAgent").asString())
			.containsExactly(LAPTOP, PHONE);
		assertThat(seenFromPhone).extracting(session -> session.path("current").asBoolean())
			.containsExactly(false, true);
		assertThat(seenFromLaptop).extracting(session -> session.path("current").asBoolean())
			.containsExactly(true, false);
		JsonNode listed = seenFromPhone.get(1);
		assertThat(listed.path("ipAddress").asString()).isEqualTo("127.0.0.1");
		assertThat(listed.path("id").asString()).matches("[0-9a-f-]{36}");
		assertThat(Instant.parse(listed.path("createdAt").asString())).isAfter(before);
		assertThat(listed.path("lastUsedAt").asString()).isEqualTo(listed.path("createdAt").asString());
	}

	@Test
	void keepsASessionItsIdThroughRefreshesAndNotesTheirTime() {
		JsonNode signedIn = login(confirmedEmail(), LAPTOP);
		JsonNode before = sessions(signedIn).get(0);

		JsonNode refreshed = api.post("/api/auth/refresh",
				Map.of("refreshToken", signedIn.path("refreshToken").asString())).data();

		List<JsonNode> after = sessions(refreshed);
		assertThat(after).hasSize(1);
		assertThat(after.get(0).path("id").asString()).isEqualTo(before.path("id").asString());
		assertThat(after.get(0).path("current").asBoolean()).isTrue();
		assertThat(Instant.parse(after.get(0).path("lastUsedAt").asString()))
			.isAfterOrEqualTo(Instant.parse(before.path("createdAt").asString()));
	}

	@Test
	void signsOutOneSessionSoItsRefreshAndItsTokensStopWorking() {
		String email = confirmedEmail();
		JsonNode phone = login(email, PHONE);
		JsonNode laptop = login(email, LAPTOP);
		String phoneSession = idOf(sessions(laptop), PHONE);

		Response ended = api.delete(SESSIONS + "/" + phoneSession, bearerOf(laptop));

		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(ended.data().path("id").asString()).isEqualTo(phoneSession);
		assertThat(refresh(phone).status()).isEqualTo(401);
		refusedWithin(REVOCATION_WINDOW, phone);
		assertThat(sessions(laptop)).extracting(session -> session.path("userAgent").asString())
			.containsExactly(LAPTOP);
		assertThat(refresh(laptop).status()).isEqualTo(200);
		assertThat(api.delete(SESSIONS + "/" + phoneSession, bearerOf(laptop)).status()).isEqualTo(404);
	}

	@Test
	void signsOutEveryOtherSessionAndKeepsTheOneAsking() {
		String email = confirmedEmail();
		JsonNode first = login(email, PHONE);
		JsonNode second = login(email, PHONE);
		JsonNode current = login(email, LAPTOP);

		Response revoked = api.post(SESSIONS + "/revoke-others", Map.of(), bearerOf(current));

		assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
		assertThat(revoked.data().path("revoked").asInt()).isEqualTo(2);
		assertThat(sessions(current)).extracting(session -> session.path("current").asBoolean()).containsExactly(true);
		for (JsonNode other : List.of(first, second)) {
			assertThat(refresh(other).status()).isEqualTo(401);
			refusedWithin(REVOCATION_WINDOW, other);
		}
		assertThat(refresh(current).status()).isEqualTo(200);
		assertThat(api.post(SESSIONS + "/revoke-others", Map.of(), bearerOf(current)).data().path("revoked").asInt())
			.isZero();
	}

	@Test
	void answersAnotherUsersSessionIdAsUnknownAndLeavesItWorking() {
		JsonNode victim = login(confirmedEmail(), PHONE);
		JsonNode other = login(confirmedEmail(), LAPTOP);
		String victimSession = sessions(victim).get(0).path("id").asString();

		Response attempt = api.delete(SESSIONS + "/" + victimSession, bearerOf(other));

		assertThat(attempt.status()).isEqualTo(404);
		assertThat(attempt.errorCode()).isEqualTo("NOT_FOUND");
		assertThat(sessions(victim)).hasSize(1);
		assertThat(refresh(victim).status()).isEqualTo(200);
		assertThat(api.delete(SESSIONS + "/not-a-session", bearerOf(other)).status()).isEqualTo(404);
	}

	@Test
	void dropsSessionsEndedByLogoutAndByAPasswordReset() {
		String email = confirmedEmail();
		JsonNode phone = login(email, PHONE);
		JsonNode laptop = login(email, LAPTOP);

		api.post("/api/auth/logout", Map.of("refreshToken", phone.path("refreshToken").asString()), bearerOf(phone));

		assertThat(sessions(laptop)).extracting(session -> session.path("userAgent").asString())
			.containsExactly(LAPTOP);

		api.post("/api/auth/forgot-password", Map.of("email", email));
		String code = mailbox.code(email, "Reset your Stratus password");
		assertThat(api.post("/api/auth/reset-password",
				Map.of("email", email, "code", code, "newPassword", "Brand-New-Pass-1")).status()).isEqualTo(200);
		JsonNode afterReset = login(email, "Brand-New-Pass-1", PHONE);

		assertThat(sessions(afterReset)).extracting(session -> session.path("current").asBoolean())
			.containsExactly(true);
	}

	@Test
	void cutsALongUserAgentTo256Characters() {
		JsonNode signedIn = login(confirmedEmail(), "A".repeat(300));

		assertThat(sessions(signedIn).get(0).path("userAgent").asString()).isEqualTo("A".repeat(256));
	}

	private String confirmedEmail() {
		String email = newEmail("sessions");
		users.confirmed(email);
		return email;
	}

	private JsonNode login(String email, String userAgent) {
		return login(email, PASSWORD, userAgent);
	}

	private JsonNode login(String email, String password, String userAgent) {
		Response response = api.post("/api/auth/login", Map.of("email", email, "password", password), "User-Agent",
				userAgent);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.data();
	}

	private List<JsonNode> sessions(JsonNode signedIn) {
		Response response = api.get(SESSIONS, bearerOf(signedIn));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<JsonNode> listed = new ArrayList<>();
		response.data().forEach(listed::add);
		return listed;
	}

	private Response refresh(JsonNode signedIn) {
		return api.post("/api/auth/refresh", Map.of("refreshToken", signedIn.path("refreshToken").asString()));
	}

	/** The ID token is refused within the window logout promises. */
	private void refusedWithin(Duration window, JsonNode signedIn) {
		Awaitility.await("the ended session's ID token is refused")
			.atMost(window)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> api.get("/api/auth/me", bearerOf(signedIn)).status(), status -> status == 401);
	}

	private static String idOf(List<JsonNode> sessions, String userAgent) {
		return sessions.stream()
			.filter(session -> session.path("userAgent").asString().equals(userAgent))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();
	}

	private static String[] bearerOf(JsonNode signedIn) {
		return bearer(signedIn.path("idToken").asString());
	}

}
