package dev.stratus.identity.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.LoopbackClient;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static dev.stratus.StratusApi.bearer;
import static dev.stratus.identity.TestUsers.PASSWORD;
import static dev.stratus.identity.TestUsers.newEmail;
import static org.assertj.core.api.Assertions.assertThat;

/** What an admin does with users: list them, change roles, disable accounts. */
@IntegrationTest
class AdminUsersTests {

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers users;

	String[] admin;

	@BeforeEach
	void signInAsAdmin() {
		admin = bearer(users.signedIn(Role.ADMIN).path("idToken").asString());
	}

	@Test
	void pagesThroughEveryUserNewestFirst() {
		users.confirmed(newEmail("listed"));
		users.confirmed(newEmail("listed"));
		Set<String> seen = new HashSet<>();
		String previousCreatedAt = null;
		String next = null;
		int pages = 0;
		do {
			var page = api.get("/api/admin/users?limit=2" + (next == null ? "" : "&nextToken=" + next), admin);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.data().path("count").asInt()).isEqualTo(page.data().path("items").size())
					.isLessThanOrEqualTo(2);
			for (JsonNode user : page.data().path("items")) {
				assertThat(seen.add(user.path("userId").asString())).isTrue();
				assertThat(user.has("passwordHash")).isFalse();
				if (previousCreatedAt != null) {
					assertThat(user.path("createdAt").asString()).isLessThanOrEqualTo(previousCreatedAt);
				}
				previousCreatedAt = user.path("createdAt").asString();
			}
			next = page.data().path("nextToken").isMissingNode() ? null : page.data().path("nextToken").asString();
			pages++;
		}
		while (next != null);
		assertThat(pages).isGreaterThan(1);
		assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void refusesATamperedPageToken() {
		var response = api.get("/api/admin/users?nextToken=eyJQSyI6IlMifQ.AAAA", admin);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
	}

	@Test
	void promotesAUserWhoseOldTokenThenNeedsARefresh() {
		JsonNode session = users.signedIn(Role.USER);
		String userId = session.path("user").path("userId").asString();

		var changed = api.patch("/api/admin/users/" + userId, Map.of("role", "manager"), admin);

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.data().path("role").asString()).isEqualTo("manager");
		assertThat(api.get("/api/auth/me", bearer(session.path("idToken").asString())).status()).isEqualTo(401);
		var refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", session.path("refreshToken").asString()));
		assertThat(refreshed.data().path("user").path("role").asString()).isEqualTo("manager");
		var me = api.get("/api/auth/me", bearer(refreshed.data().path("idToken").asString()));
		assertThat(me.data().path("role").asString()).isEqualTo("manager");
	}

	@Test
	void disablesAUserWhoseTokensStopAtOnce() {
		String email = newEmail("disabled");
		users.confirmed(email);
		JsonNode session = users.login(email, PASSWORD);
		String userId = session.path("user").path("userId").asString();

		var changed = api.patch("/api/admin/users/" + userId, Map.of("disabled", true), admin);

		assertThat(changed.data().path("disabled").asBoolean()).isTrue();
		assertThat(api.get("/api/auth/me", bearer(session.path("idToken").asString())).status()).isEqualTo(401);
		assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", session.path("refreshToken").asString()))
			.status()).isEqualTo(401);
		var login = LoopbackClient.fresh(api).post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
		assertThat(login.status()).isEqualTo(403);

		api.patch("/api/admin/users/" + userId, Map.of("disabled", false), admin);
		assertThat(users.login(email, PASSWORD).path("user").path("userId").asString()).isEqualTo(userId);
	}

	@Test
	void answersATokenOfADisabledAccountExactlyLikeOneOfAnEndedSession() {
		String email = newEmail("quiet");
		String userId = users.confirmed(email);
		JsonNode ofDisabled = users.login(email, PASSWORD);
		JsonNode ofEnded = users.signedIn(Role.USER);
		api.post("/api/auth/logout", Map.of("refreshToken", ofEnded.path("refreshToken").asString()),
				bearer(ofEnded.path("idToken").asString()));

		api.patch("/api/admin/users/" + userId, Map.of("disabled", true), admin);

		var disabled = api.get("/api/auth/me", bearer(ofDisabled.path("idToken").asString()));
		var ended = api.get("/api/auth/me", bearer(ofEnded.path("idToken").asString()));
		assertThat(disabled.status()).isEqualTo(401);
		assertThat(ended.status()).isEqualTo(401);
		assertThat(disabled.tree().path("error")).isEqualTo(ended.tree().path("error"));
		assertThat(disabled.tree().path("error").path("message").asString()).doesNotContain("disabled");
	}

	@Test
	void refusesAnUnknownRoleAndAnEmptyChange() {
		String userId = users.confirmed(newEmail("target"));

		var badRole = api.patch("/api/admin/users/" + userId, Map.of("role", "superuser"), admin);
		var empty = api.patch("/api/admin/users/" + userId, Map.of(), admin);

		assertThat(badRole.status()).isEqualTo(400);
		assertThat(badRole.errorCode()).isEqualTo("VALIDATION_ERROR");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.errorCode()).isEqualTo("VALIDATION_ERROR");
	}

	@Test
	void answersAnUnknownUserWith404() {
		var response = api.patch("/api/admin/users/00000000-0000-0000-0000-000000000000", Map.of("role", "guest"),
				admin);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.errorCode()).isEqualTo("NOT_FOUND");
	}

	@Test
	void keepsAnAdminFromDemotingThemselves() {
		String adminId = api.get("/api/auth/me", admin).data().path("userId").asString();

		var response = api.patch("/api/admin/users/" + adminId, Map.of("role", "user"), admin);

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.errorCode()).isEqualTo("CONFLICT");
	}

	@Test
	void keepsAnAdminFromDisablingThemselves() {
		String adminId = api.get("/api/auth/me", admin).data().path("userId").asString();

		var response = api.patch("/api/admin/users/" + adminId, Map.of("disabled", true), admin);

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.errorCode()).isEqualTo("CONFLICT");
		assertThat(api.get("/api/auth/me", admin).status()).isEqualTo(200);
	}

}
