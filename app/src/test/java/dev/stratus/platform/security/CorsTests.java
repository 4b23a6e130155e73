package dev.stratus.platform.security;

import java.net.http.HttpRequest;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page from an origin in {@code STRATUS_CORS_ORIGINS} may call the API from a browser; a page
 * from any other origin gets no CORS grant, so the browser keeps the answer from it. The test
 * profile allows {@code https://shop.example.test}.
 */
@IntegrationTest
class CorsTests {

	private static final String LISTED = "https://shop.example.test";

	private static final String UNLISTED = "https://evil.example.test";

	@Autowired
	StratusApi api;

	@Test
	void grantsAPreflightFromAListedOrigin() {
		var response = preflight(LISTED);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(LISTED);
		assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
		assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
	}

	@Test
	void grantsAPreflightForAnApiKeyFromAListedOrigin() {
		var response = api.send(api
			.request("/api/customers", "Origin", LISTED, "Access-Control-Request-Method", "POST",
					"Access-Control-Request-Headers", "x-api-key,content-type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.build());

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("x-api-key");
	}

	@Test
	void grantsARequestFromAListedOriginAndExposesTheRequestId() {
		var response = api.get("/api/health", "Origin", LISTED);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(LISTED);
		assertThat(response.header("Access-Control-Expose-Headers")).contains("X-Request-Id");
	}

	@Test
	void refusesAPreflightFromAnUnlistedOrigin() {
		var response = preflight(UNLISTED);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void grantsNothingToARequestFromAnUnlistedOrigin() {
		var response = api.get("/api/health", "Origin", UNLISTED);

		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
	}

	private StratusApi.Response preflight(String origin) {
		return api.send(api
			.request("/api/products", "Origin", origin, "Access-Control-Request-Method", "POST",
					"Access-Control-Request-Headers", "authorization,content-type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.build());
	}

}
