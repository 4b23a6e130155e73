package dev.stratus.platform.security;

import java.time.Clock;
import dev.stratus.platform.StratusProperties;
import dev.stratus.platform.web.ErrorResponses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in limit counts the login however its path is spelled. */
class RateLimitFilterTests {

	private final RateLimitFilter filter = new RateLimitFilter(new StratusProperties.RateLimit(0, 0, 1),
			new ErrorResponses(JsonMapper.builder().build(), Clock.systemUTC()), Clock.systemUTC());

	@ParameterizedTest
	@ValueSource(strings = { "/api/auth/%6Cogin", "/api/auth//login", "/api/auth/./login", "/api/auth/x/../login",
			"/api/auth/login;jsessionid=1", "/%61pi/auth/login" })
	void countsAnotherSpellingOfTheLoginPathAsTheLogin(String spelling) throws Exception {
		var first = login("/api/auth/login");
		var second = login(spelling);

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(second.getStatus()).isEqualTo(429);
		assertThat(second.getContentAsString()).contains("RATE_LIMIT_EXCEEDED");
	}

	private MockHttpServletResponse login(String path) throws Exception {
		var request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr("198.51.100.20");
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
		});
		return response;
	}

}
