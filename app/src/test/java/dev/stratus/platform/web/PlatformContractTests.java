package dev.stratus.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The conventions every endpoint follows, checked over real HTTP against the running app. */
@IntegrationTest
class PlatformContractTests {

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers users;

	@Autowired
	LocalCloudConnection cloud;

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
		assertThat(response.tree().path("meta").path("requestId").asString())
				.isEqualTo(response.header("X-Request-Id"));
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
	void answersAWrongMethodOnAPublicRouteWith405ForAnonymousCallers() {
		var login = api.get("/api/auth/login");
		var jwks = api.post("/api/auth/.well-known/jwks.json", "{}");

		assertThat(login.status()).isEqualTo(405);
		assertThat(login.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
		assertThat(login.header("Allow")).contains("POST");
		assertThat(jwks.status()).isEqualTo(405);
		assertThat(jwks.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void answersAPathNotInNormalFormWith400InTheEnvelope() {
		var response = api.post("/api/auth//login", "{}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.tree().path("meta").path("requestId").asString()).isNotBlank();
	}

	@Test
	void answersAMissingTokenWith401InTheEnvelope() {
		var response = api.get("/api/orders");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void answersMalformedJsonWith400BadRequest() {
		var response = api.post("/api/auth/login", "{\"email\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.tree().path("error").path("message").asString()).contains("JSON");
	}

	@Test
	void answersAWrongContentTypeWith400BadRequest() {
		var response = api.send(api.request("/api/auth/login", "Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("email=a"))
			.build());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.tree().path("error").path("message").asString()).contains("application/json");
	}

	@Test
	void refusesABodyOverOneMebibyte() {
		String big = "{\"email\": \"" + "a".repeat(1024 * 1024) + "\"}";

		var declared = api.post("/api/auth/login", big);
		var chunked = api.send(api.request("/api/auth/login", "Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))
			.build());

		assertThat(declared.status()).isEqualTo(400);
		assertThat(declared.tree().path("error").path("message").asString()).contains("1 MiB");
		assertThat(chunked.status()).isEqualTo(400);
		assertThat(chunked.tree().path("error").path("message").asString()).contains("1 MiB");
	}

	@Test
	void ignoresUnknownJsonFields() {
		var response = api.post("/api/auth/login",
				Map.of("email", "nobody@example.test", "password", "Wrong-pass-1", "rememberMe", true));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.errorCode()).isEqualTo("INVALID_CREDENTIALS");
	}

	@Test
	void answersAnUnknownApiRouteWith404ForASignedInUser() {
		String token = users.signedIn(Role.USER).path("idToken").asString();

		var response = api.get("/api/no-such-route", StratusApi.bearer(token));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.errorCode()).isEqualTo("NOT_FOUND");
	}

	@Test
	void setsSecurityHeaders() {
		var response = api.get("/api/health");

		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
	}

	@Test
	void letsTheConsoleReachOnlyItselfAndTheStorageEndpoint() {
		String storage = "http://" + cloud.endpoints().s3().getHost() + ":" + cloud.endpoints().s3().getPort();

		String policy = api.get("/").header("Content-Security-Policy");

		assertThat(policy).contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'")
			.contains("img-src 'self' " + storage + ";", "connect-src 'self' " + storage + ";")
			.doesNotContain("http:;", "https:", " data:", "unsafe-eval");
		assertThat(policy.replace("style-src 'self' 'unsafe-inline'", "")).doesNotContain("unsafe-inline");
	}

	@Test
	void listensOnLoopbackOnly() throws IOException {
		int port = api.uri("/").getPort();
		Optional<InetAddress> elsewhere = NetworkInterface.networkInterfaces()
			.filter(PlatformContractTests::isUp)
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.findFirst();
		assumeTrue(elsewhere.isPresent(), "This machine has no address but loopback: nothing to prove");

		try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), port)) {
			assertThat(loopback.isConnected()).isTrue();
		}
		assertThatIOException().isThrownBy(() -> {
			try (Socket outside = new Socket()) {
				outside.connect(new InetSocketAddress(elsewhere.get(), port), 2000);
			}
		});
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

	private static boolean isUp(NetworkInterface network) {
		try {
			return network.isUp();
		}
		catch (SocketException gone) {
			return false;
		}
	}

}
