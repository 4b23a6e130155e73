package dev.stratus.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.stratus.platform.security.KeyRoutes.KeyRoute;
import dev.stratus.platform.web.ErrorResponses;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The order of the key's checks, each with its answer: one credential, the key, the route and scope, the plan. */
class ApiKeyFilterTests {

	private static final String KEY = "stx_Abcdefgh_" + "k".repeat(43);

	private static final KeyHolder READER = new KeyHolder("key-1", "stx_Abcdefgh", "admin-1", Set.of("customers:read"),
			new KeyHolder.UsagePlan(60, 1000));

	private Admission admission = Admission.allowed(60, 59, 1_700_000_060L);

	private final AtomicReference<Caller> reached = new AtomicReference<>();

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void letsAKeyThroughAsItsAdminWithItsKeyId() throws Exception {
		var response = send("GET", "/api/customers/c-1", KEY);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(reached.get()).isEqualTo(new Caller("admin-1", "key-1"));
		assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo("59");
	}

	@Test
	void refusesAKeySentWithABearerToken() throws Exception {
		var request = request("GET", "/api/customers", KEY);
		request.addHeader("Authorization", "Bearer abc");

		var response = send(request);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("BAD_REQUEST").contains("one credential");
	}

	@Test
	void refusesAKeyTheIdentityModuleDoesNotKnow() throws Exception {
		var response = send("GET", "/api/customers", "stx_Zzzzzzzz_" + "z".repeat(43));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentAsString()).contains("UNAUTHORIZED").doesNotContain("Zzzzzzzz");
	}

	@Test
	void refusesAKeyOnARouteNoModuleOpenedToKeys() throws Exception {
		var response = send("GET", "/api/orders", KEY);

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(reached.get()).isNull();
	}

	@Test
	void refusesAKeyWithoutTheScopeOfTheRoute() throws Exception {
		var response = send("DELETE", "/api/customers/c-1", KEY);

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString()).contains("customers:write");
	}

	@Test
	void refusesAKeyOverItsPlanWithTheLimitThatRefused() throws Exception {
		admission = Admission.refused("Daily quota of 1000 requests used up", 1000, 1_700_006_400L, 3600);

		var response = send("GET", "/api/customers", KEY);

		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getHeader("Retry-After")).isEqualTo("3600");
		assertThat(response.getHeader("X-RateLimit-Limit")).isEqualTo("1000");
		assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(response.getHeader("X-RateLimit-Reset")).isEqualTo("1700006400");
		assertThat(reached.get()).isNull();
	}

	private MockHttpServletResponse send(String method, String path, String key) throws Exception {
		return send(request(method, path, key));
	}

	private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
		var beans = new StaticListableBeanFactory();
		beans.addBean("keys", new ApiKeyCheck() {

			@Override
			public @Nullable KeyHolder resolve(String presentedKey) {
				return KEY.equals(presentedKey) ? READER : null;
			}

			@Override
			public Admission admit(KeyHolder holder) {
				return admission;
			}

		});
		var access = new KeyAccess(List.of(() -> List.of(KeyRoute.of(HttpMethod.GET, "/api/customers/**",
				"customers:read"), KeyRoute.of(HttpMethod.DELETE, "/api/customers/**", "customers:write"))));
		var filter = new ApiKeyFilter(beans.getBeanProvider(ApiKeyCheck.class), access,
				new ErrorResponses(JsonMapper.builder().build(), Clock.systemUTC()));
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> reached.set(Caller.get()));
		return response;
	}

	private static MockHttpServletRequest request(String method, String path, String key) {
		var request = new MockHttpServletRequest(method, path);
		request.addHeader("X-Api-Key", key);
		return request;
	}

}
