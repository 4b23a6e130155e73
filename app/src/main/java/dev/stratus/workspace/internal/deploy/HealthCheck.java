package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a deployed app whether it is up: {@code GET /actuator/health} answering 200. */
final class HealthCheck {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	boolean healthy(URI app) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(app.resolve("/actuator/health")).timeout(TIMEOUT).GET().build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
	}

}
