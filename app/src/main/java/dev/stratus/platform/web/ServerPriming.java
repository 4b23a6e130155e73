package dev.stratus.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.stratus.platform.StratusProperties;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Primes the server once it listens and before it reports healthy: the {@link PrimingRequest}s, sent to its own
 * port {@code stratus.priming.rounds} times ({@code STRATUS_PRIMING_ROUNDS}; 0 turns it off). Spring Boot turns
 * its readiness to accepting traffic only after every runner has run, and {@code /api/health} answers 503 until
 * then, so a client that waits for health meets a primed server. With {@code stratus.priming.exit=true} the
 * process exits once primed and trained (a signed-in user's reads and orders, on the throw-away data): the
 * launcher's training start for its class-data archive or AOT cache ({@code prepare_fast_start} in
 * {@code ./stratus}), so that what they record includes the request path.
 */
@Component
@ConditionalOnProperty(name = "stratus.runtime", havingValue = "server", matchIfMissing = true)
class ServerPriming implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ServerPriming.class);

	private final ApplicationContext context;

	private final int rounds;

	private final @Nullable String address;

	private final boolean exit;

	private final StratusProperties.Admin admin;

	private final JsonMapper json;

	ServerPriming(ApplicationContext context, @Value("${stratus.priming.rounds:3}") int rounds,
			@Value("${server.address:}") @Nullable String address,
			@Value("${stratus.priming.exit:false}") boolean exit, StratusProperties settings, JsonMapper json) {
		this.context = context;
		this.rounds = rounds;
		this.address = address;
		this.exit = exit;
		this.admin = settings.admin();
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (rounds <= 0 || !(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		URI base = URI.create("http://" + host() + ":" + web.getWebServer().getPort());
		PrimingRequest.sendAll(PrimingRequest.all(), rounds, "Server primed", request -> send(base, request));
		if (exit) {
			train(base);
			System.exit(SpringApplication.exit(context));
		}
	}

	/**
	 * The training start's load beside the priming (there alone, on its throw-away data): the paths a signed-in user
	 * takes, which priming cannot take because it changes nothing. The administrator the launcher gave it signs in
	 * and makes a product, then reads it, lists products and orders it, {@code rounds} times.
	 */
	private void train(URI base) {
		if (admin.email().isBlank() || admin.password().isBlank()) {
			log.atWarn().log("No administrator to train with: the training start only primed");
			return;
		}
		try {
			String token = json.readTree(send(base, PrimingRequest.training("POST", "/api/auth/login", null,
					json.writeValueAsString(Map.of("email", admin.email(), "password", admin.password())))))
				.path("data")
				.path("idToken")
				.asString();
			String product = json.readTree(send(base, PrimingRequest.training("POST", "/api/products", token,
					json.writeValueAsString(Map.of("name", "Training product", "description",
							"Made by the launcher's training start", "category", "electronics", "price", 100,
							"quantity", 1_000_000, "sku", "TRAINING-1")))))
				.path("data")
				.path("id")
				.asString();
			List<PrimingRequest> load = List.of(
					PrimingRequest.training("GET", "/api/products/" + product, token, null),
					PrimingRequest.training("GET", "/api/products?limit=20", token, null),
					PrimingRequest.training("POST", "/api/orders", token,
							json.writeValueAsString(Map.of("productId", product, "quantity", 1))));
			PrimingRequest.sendAll(load, rounds, "Server trained", request -> send(base, request));
		}
		catch (IOException | RuntimeException ex) {
			log.atWarn().log("Training load failed: {}: {}", ex.getClass().getSimpleName(), ex.getMessage());
		}
	}

	/** The address the server listens on, or loopback when that is every address. */
	private String host() {
		if (address == null || address.isBlank()) {
			return "127.0.0.1";
		}
		try {
			InetAddress bound = InetAddress.getByName(address);
			String literal = bound.getHostAddress();
			if (bound.isAnyLocalAddress()) {
				return "127.0.0.1";
			}
			return literal.contains(":") ? "[" + literal + "]" : literal;
		}
		catch (IOException ex) {
			return "127.0.0.1";
		}
	}

	/** @return the answer's body */
	private static String send(URI base, PrimingRequest request) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) base.resolve(request.path()).toURL().openConnection();
		connection.setConnectTimeout(2000);
		connection.setReadTimeout(10_000);
		connection.setRequestMethod(request.method());
		connection.setRequestProperty("accept", "application/json");
		request.headers().forEach(connection::setRequestProperty);
		if (request.body() != null) {
			connection.setDoOutput(true);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(request.body().getBytes(StandardCharsets.UTF_8));
			}
		}
		connection.getResponseCode();
		// Read to the end, so the connection goes back to the keep-alive cache as a browser's would.
		try (InputStream answer = connection.getErrorStream() != null ? connection.getErrorStream()
				: connection.getInputStream()) {
			return new String(answer.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
