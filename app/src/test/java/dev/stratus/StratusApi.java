package dev.stratus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running app: tests speak to Stratus the way any client does, over
 * the network, and read the JSON envelope back.
 */
@TestComponent
public class StratusApi {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Environment environment;

	StratusApi(Environment environment) {
		this.environment = environment;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	public Response delete(String path, String... headers) {
		return send(request(path, headers).DELETE().build());
	}

	public Response post(String path, Object body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : json.writeValueAsString(body)))
			.build());
	}

	public Response put(String path, Object body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : json.writeValueAsString(body)))
			.build());
	}

	public Response patch(String path, Object body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.method("PATCH",
					HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw
							: json.writeValueAsString(body)))
			.build());
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().map(), json);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	/** Header pair for a bearer token. */
	public static String[] bearer(String token) {
		return new String[] { "Authorization", "Bearer " + token };
	}

	public record Response(int status, String body, Map<String, java.util.List<String>> headers, JsonMapper json) {

		public JsonNode tree() {
			return json.readTree(body);
		}

		public JsonNode data() {
			return tree().path("data");
		}

		public String errorCode() {
			return tree().path("error").path("code").asString();
		}

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		public Map<String, Object> asMap() {
			return json.readValue(body, LinkedHashMap.class);
		}

	}

}
