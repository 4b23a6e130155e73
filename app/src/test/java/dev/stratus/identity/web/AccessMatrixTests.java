package dev.stratus.identity.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role × route: every route of the contract with the roles that may call it, checked for the
 * anonymous caller and each role with real tokens. A route more open than listed here fails the
 * test, and so does one closed to a role that should pass. (Rules that depend on the data, such as
 * an order's owner or {@code ?lowStock=true}, are the owning module's to test.)
 */
@IntegrationTest
class AccessMatrixTests {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.MANAGER);

	private static final Set<Role> CUSTOMERS = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.USER);

	private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

	private static final String SOME_ID = "00000000-0000-0000-0000-000000000000";

	/** {@code null} roles: public. */
	private static final List<Route> ROUTES = List.of(new Route("GET", "/api/health", null),
			new Route("POST", "/api/auth/register", null), new Route("POST", "/api/auth/confirm", null),
			new Route("POST", "/api/auth/resend-code", null), new Route("POST", "/api/auth/login", null),
			new Route("POST", "/api/auth/refresh", null), new Route("POST", "/api/auth/forgot-password", null),
			new Route("POST", "/api/auth/reset-password", null),
			new Route("GET", "/api/auth/.well-known/jwks.json", null),
			new Route("GET", "/api/auth/me", EVERYONE), new Route("POST", "/api/auth/logout", EVERYONE),
			new Route("GET", "/api/auth/sessions", EVERYONE),
			new Route("DELETE", "/api/auth/sessions/" + SOME_ID, EVERYONE),
			new Route("POST", "/api/auth/sessions/revoke-others", EVERYONE),
			new Route("GET", "/api/products", EVERYONE), new Route("GET", "/api/products/" + SOME_ID, EVERYONE),
			new Route("GET", "/api/products/" + SOME_ID + "/image", null),
			new Route("POST", "/api/products", STAFF), new Route("PUT", "/api/products/" + SOME_ID, STAFF),
			new Route("DELETE", "/api/products/" + SOME_ID, STAFF), new Route("GET", "/api/orders", EVERYONE),
			new Route("GET", "/api/orders/" + SOME_ID, EVERYONE), new Route("POST", "/api/orders", CUSTOMERS),
			new Route("POST", "/api/orders/" + SOME_ID + "/cancel", CUSTOMERS),
			new Route("GET", "/api/admin/users", ADMINS), new Route("PATCH", "/api/admin/users/" + SOME_ID, ADMINS),
			new Route("POST", "/api/admin/signing-keys/rotate", ADMINS),
			new Route("GET", "/api/admin/api-keys", ADMINS), new Route("POST", "/api/admin/api-keys", ADMINS),
			new Route("DELETE", "/api/admin/api-keys/" + SOME_ID, ADMINS),
			new Route("POST", "/api/admin/api-keys/" + SOME_ID + "/rotate", ADMINS),
			new Route("GET", "/api/admin/dead-letters", ADMINS),
			new Route("POST", "/api/admin/dead-letters/" + SOME_ID + "/redrive", ADMINS),
			new Route("POST", "/api/admin/dead-letters/redrive", ADMINS),
			new Route("DELETE", "/api/admin/dead-letters/" + SOME_ID, ADMINS),
			new Route("GET", "/api/admin/prometheus", ADMINS), new Route("GET", "/api/no-such-route", EVERYONE));

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers users;

	@Test
	void opensEveryRouteToExactlyItsRoles() {
		Map<Role, String> tokens = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			tokens.put(role, users.signedIn(role).path("idToken").asString());
		}
		List<String> wrong = new ArrayList<>();
		for (Route route : ROUTES) {
			int anonymous = call(route).status();
			if (route.roles() == null ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
				wrong.add(route + " anonymous -> " + anonymous);
			}
			if (route.roles() == null) {
				continue;
			}
			for (Role role : Role.values()) {
				int status = call(route, StratusApi.bearer(tokens.get(role))).status();
				boolean denied = status == 401 || status == 403;
				if (route.roles().contains(role) == denied) {
					wrong.add(route + " " + role.group() + " -> " + status);
				}
			}
		}
		assertThat(wrong).as("routes open or closed against the matrix").isEmpty();
	}

	private StratusApi.Response call(Route route, String... headers) {
		return switch (route.method()) {
			case "GET" -> api.get(route.path(), headers);
			case "DELETE" -> api.delete(route.path(), headers);
			case "POST" -> api.post(route.path(), "{}", headers);
			case "PUT" -> api.put(route.path(), "{}", headers);
			case "PATCH" -> api.patch(route.path(), "{}", headers);
			default -> throw new IllegalArgumentException(route.method());
		};
	}

	private record Route(String method, String path, Set<Role> roles) {

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

}
