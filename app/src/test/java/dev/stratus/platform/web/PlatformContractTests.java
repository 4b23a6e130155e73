package dev.stratus.platform.web;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The conventions every endpoint follows, checked over real HTTP against the running app. */
@IntegrationTest
class PlatformContractTests {

	@Autowired
	StratusApi api;

	@Test
	void reportsHealthyWithEveryBackingServiceUp() {
		var response = api.get("/api/health");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.tree().path("success").asBoolean()).isTrue();
		assertThat(response.data().path("status").asString()).isEqualTo("healthy");
		assertThat(response.data().path("service").asString()).isEqualTo("stratus");
		assertThat(response.data().path("checks").properties()).extracting(e -> e.getValue().asString())
			.containsOnly("up");
		assertThat(response.data().path("checks").has("dynamodb")).isTrue();
		assertThat(response.data().path("checks").has("queue")).isTrue();
	}

	@Test
	void echoesASaneRequestIdInTheHeaderAndTheMeta() {
		var response = api.get("/api/health", "X-Request-Id", "trace-42.a:b");

		assertThat(response.header("X-Request-Id")).isEqualTo("trace-42.a:b");
		assertThat(response.tree().path("meta").path("requestId").asString()).isEqualTo("trace-42.a:b");
	}

	@Test
	void replacesAnInsaneRequestIdWithANewOne() {
		var response = api.get("/api/health", "X-Request-Id", "x".repeat(129));

		assertThat(response.header("X-Request-Id")).hasSizeLessThanOrEqualTo(128).isNotEqualTo("x".repeat(129));
		assertThat(response.tree().path("meta").path("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
	}

	@Test
	void stampsEveryResponseWithAMillisecondUtcTimestamp() {
		var response = api.get("/api/health");

		assertThat(response.tree().path("meta").path("timestamp").asString())
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
	}

	@Test
	void answersAWrongMethodWith405InTheEnvelope() {
		var response = api.post("/api/health", "{}");

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
		assertThat(response.tree().path("meta").path("requestId").asString()).isNotBlank();
	}

	@Test
	void answersAMissingTokenWith401InTheEnvelope() {
		var response = api.get("/api/orders");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void setsSecurityHeaders() {
		var response = api.get("/api/health");

		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
	}

	@Test
	void servesSwaggerUiAtDocs() {
		var redirect = api.get("/docs");
		var response = api.get(java.net.URI.create(redirect.header("Location")).getPath());

		assertThat(redirect.status()).isEqualTo(302);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).containsIgnoringCase("swagger");
	}

	@Test
	void servesTheOpenApiDocument() {
		var response = api.get("/docs/spec");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.tree().path("openapi").asString()).startsWith("3.");
		assertThat(response.tree().path("paths").has("/api/health")).isTrue();
	}

}
