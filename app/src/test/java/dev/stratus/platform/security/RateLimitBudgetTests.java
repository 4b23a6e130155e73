package dev.stratus.platform.security;

import java.util.List;

import dev.stratus.platform.StratusProperties;
import dev.stratus.platform.web.ErrorResponses;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in user has a budget of their own wherever they call from, and the sign-in routes one
 * per address; past either, 429 with {@code Retry-After} and the {@code X-RateLimit-*} figures.
 */
class RateLimitBudgetTests {

	private static final String HOME = "198.51.100.7";

	private static final String CAFE = "203.0.113.9";

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void refusesASignedInUserPastTheirHourlyBudget() throws Exception {
		var filter = filter(new StratusProperties.RateLimit(1, 2, 0));

		var first = call(filter, "GET", "/api/orders", HOME, "user-a");
		call(filter, "GET", "/api/orders", HOME, "user-a");
		var third = call(filter, "GET", "/api/orders", HOME, "user-a");

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader("X-RateLimit-Limit")).isEqualTo("2");
		assertThat(first.getHeader("X-RateLimit-Remaining")).isEqualTo("1");
		assertThat(Long.parseLong(first.getHeader("X-RateLimit-Reset")))
			.isGreaterThan(System.currentTimeMillis() / 1000);
		assertThat(first.getHeader("Retry-After")).isNull();
		assertRefused(third, "2");
	}

	@Test
	void countsAUserBudgetAgainstTheUserNotTheAddress() throws Exception {
		var filter = filter(new StratusProperties.RateLimit(1, 2, 0));

		call(filter, "GET", "/api/orders", HOME, "user-a");
		call(filter, "GET", "/api/orders", HOME, "user-a");
		var fromElsewhere = call(filter, "GET", "/api/orders", CAFE, "user-a");
		var anotherUserAtHome = call(filter, "GET", "/api/orders", HOME, "user-b");

		assertRefused(fromElsewhere, "2");
		assertThat(anotherUserAtHome.getStatus()).isEqualTo(200);
		assertThat(anotherUserAtHome.getHeader("X-RateLimit-Remaining")).isEqualTo("1");
	}

	@Test
	void refusesTheSignInRoutesPastTheirBudgetPerAddress() throws Exception {
		var filter = filter(new StratusProperties.RateLimit(0, 0, 2));

		var first = call(filter, "POST", "/api/auth/login", HOME, null);
		call(filter, "POST", "/api/auth/register", HOME, null);
		var third = call(filter, "POST", "/api/auth/forgot-password", HOME, null);
		var fromElsewhere = call(filter, "POST", "/api/auth/login", CAFE, null);
		var notASignInRoute = call(filter, "GET", "/api/products", HOME, null);

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader("X-RateLimit-Limit")).isEqualTo("2");
		assertThat(first.getHeader("X-RateLimit-Remaining")).isEqualTo("1");
		assertRefused(third, "2");
		assertThat(fromElsewhere.getStatus()).isEqualTo(200);
		assertThat(notASignInRoute.getStatus()).isEqualTo(200);
	}

	private static void assertRefused(MockHttpServletResponse response, String limit) throws Exception {
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentAsString()).contains("RATE_LIMIT_EXCEEDED");
		assertThat(Long.parseLong(response.getHeader("Retry-After"))).isPositive();
		assertThat(response.getHeader("X-RateLimit-Limit")).isEqualTo(limit);
		assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(response.getHeader("X-RateLimit-Reset")))
			.isGreaterThan(System.currentTimeMillis() / 1000);
	}

	private static RateLimitFilter filter(StratusProperties.RateLimit limits) {
		java.time.Clock clock = java.time.Clock.systemUTC();
		return new RateLimitFilter(limits, new ErrorResponses(JsonMapper.builder().build(), clock), clock);
	}

	/** One request through the filter, signed in as {@code user} when given; 200 when it was let through. */
	private static MockHttpServletResponse call(RateLimitFilter filter, String method, String path, String address,
			@Nullable String user) throws Exception {
		SecurityContextHolder.clearContext();
		if (user != null) {
			Jwt jwt = Jwt.withTokenValue("token-of-" + user).header("alg", "RS256").subject(user).build();
			SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of(), user));
		}
		var request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(address);
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
		});
		return response;
	}

}
