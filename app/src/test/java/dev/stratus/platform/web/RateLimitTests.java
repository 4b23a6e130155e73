package dev.stratus.platform.web;

import dev.stratus.StratusApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous clients get a budget of requests per hour; past it, 429 with Retry-After. Its own
 * context (a tiny limit), so it starts a second local cloud.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "stratus.rate-limit.anonymous=3")
@ActiveProfiles("test")
@Import(StratusApi.class)
class RateLimitTests {

	@Autowired
	StratusApi api;

	@Test
	void refusesAnonymousRequestsPastTheHourlyBudget() {
		var first = api.get("/api/health");
		api.get("/api/health");
		api.get("/api/health");
		var fourth = api.get("/api/health");

		assertThat(first.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("2");
		assertThat(Long.parseLong(first.header("X-RateLimit-Reset")))
			.isGreaterThan(System.currentTimeMillis() / 1000);
		assertThat(fourth.status()).isEqualTo(429);
		assertThat(fourth.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
		assertThat(Long.parseLong(fourth.header("Retry-After"))).isPositive();
	}

}
