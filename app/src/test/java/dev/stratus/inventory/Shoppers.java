package dev.stratus.inventory;

import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * Signed-in users of any role for inventory tests: real accounts made and signed in over HTTP by
 * the identity module's test support, reduced to what these tests need.
 */
public final class Shoppers {

	private final TestUsers users;

	public Shoppers(TestUsers users) {
		this.users = users;
	}

	public record Shopper(String userId, String email, String idToken) {

		public String[] auth() {
			return StratusApi.bearer(idToken);
		}

	}

	public Shopper create(Role role) {
		JsonNode session = users.signedIn(role);
		return new Shopper(session.path("user").path("userId").asString(),
				session.path("user").path("email").asString(),
				session.path("idToken").asString());
	}

}
