package dev.stratus.identity;

import java.util.Map;
import java.util.UUID;

import dev.stratus.StratusApi;
import dev.stratus.platform.security.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Makes real accounts through the HTTP API, reading the confirmation code from the mailbox. */
public final class TestUsers {

	public static final String PASSWORD = "Correct-Horse-9";

	/** Where tests that call a pool directly sign in from. */
	public static final SignInClient CLIENT = SignInClient.of("203.0.113.7", "StratusTests/1.0");

	private final StratusApi api;

	private final Mailbox mailbox;

	private final UserPool pool;

	public TestUsers(StratusApi api, Mailbox mailbox, UserPool pool) {
		this.api = api;
		this.mailbox = mailbox;
		this.pool = pool;
	}

	/** An email no other test uses. */
	public static String newEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}

	/** Signs up and confirms; returns the user id. */
	public String confirmed(String email) {
		var registered = api.post("/api/auth/register",
				Map.of("email", email, "password", PASSWORD, "name", "Test User"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String code = mailbox.code(email, "confirmation code");
		var confirmed = api.post("/api/auth/confirm", Map.of("email", email, "code", code));
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		return registered.data().path("userId").asString();
	}

	/** A confirmed user with this role, signed in: the login response's data. */
	public JsonNode signedIn(Role role) {
		String email = newEmail(role.group());
		String userId = confirmed(email);
		if (role != Role.USER) {
			pool.update(userId, new UserChange(role, null));
		}
		return login(email, PASSWORD);
	}

	public JsonNode login(String email, String password) {
		var response = api.post("/api/auth/login", Map.of("email", email, "password", password));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.data();
	}

}
