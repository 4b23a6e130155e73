package dev.stratus.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A plain HTTP client for one app instance. Never throws for a failed call: a connection that
 * could not be made or was cut answers status {@link #NO_ANSWER}, one that took longer than the
 * request timeout answers {@link #TIMED_OUT}, so fault scenarios can count every outcome.
 */
final class Api {

	static final int NO_ANSWER = 0;

	static final int TIMED_OUT = -1;

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI base;

	private final HttpClient http;

	private final Duration timeout;

	Api(URI base, Duration timeout) {
		this.base = base;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
	}

	URI base() {
		return base;
	}

	record Response(int status, JsonNode body, long micros) {

		JsonNode data() {
			return body.path("data");
		}

		String code() {
			return body.path("error").path("code").asString("");
		}

		double ms() {
			return micros / 1000.0;
		}

		@Override
		public String toString() {
			return status + (code().isEmpty() ? "" : " " + code());
		}

	}

	Response get(String path, @Nullable String token) {
		return call("GET", path, null, token, null);
	}

	Response post(String path, @Nullable Object body, @Nullable String token) {
		return call("POST", path, body, token, null);
	}

	Response call(String method, String path, @Nullable Object body, @Nullable String token,
			@Nullable String idempotencyKey) {
		return call(method, path, body, token == null ? null : new Credential("Authorization", "Bearer " + token),
				idempotencyKey);
	}

	/** A call as a machine client, with {@code X-Api-Key} instead of a bearer token. */
	Response withKey(String method, String path, @Nullable Object body, String apiKey) {
		return call(method, path, body, new Credential("X-Api-Key", apiKey), null);
	}

	/** The one header that says who calls. */
	private record Credential(String header, String value) {
	}

	private Response call(String method, String path, @Nullable Object body, @Nullable Credential credential,
			@Nullable String idempotencyKey) {
		var request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
		if (credential != null) {
			request.header(credential.header(), credential.value());
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			long micros = (System.nanoTime() - started) / 1000;
			return new Response(response.statusCode(), parse(response.body()), micros);
		}
		catch (HttpTimeoutException ex) {
			return new Response(TIMED_OUT, MissingNode.getInstance(), (System.nanoTime() - started) / 1000);
		}
		catch (IOException ex) {
			return new Response(NO_ANSWER, MissingNode.getInstance(), (System.nanoTime() - started) / 1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Response(NO_ANSWER, MissingNode.getInstance(), (System.nanoTime() - started) / 1000);
		}
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException notJson) {
			return MissingNode.getInstance();
		}
	}

}
