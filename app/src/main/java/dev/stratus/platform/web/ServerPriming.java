package dev.stratus.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Primes the server once it listens and before it reports healthy: the {@link PrimingRequest}s, sent to its own
 * port {@code stratus.priming.rounds} times ({@code STRATUS_PRIMING_ROUNDS}; 0 turns it off). Spring Boot turns
 * its readiness to accepting traffic only after every runner has run, and {@code /api/health} answers 503 until
 * then, so a client that waits for health meets a primed server. With {@code stratus.priming.exit=true} the
 * process exits once primed: the launcher's training run for its class-data archive or AOT cache
 * ({@code prepare_fast_start} in {@code ./stratus}), so that what they record includes the request path.
 */
@Component
@ConditionalOnProperty(name = "stratus.runtime", havingValue = "server", matchIfMissing = true)
class ServerPriming implements ApplicationRunner {

	private final ApplicationContext context;

	private final int rounds;

	private final @Nullable String address;

	private final boolean exit;

	ServerPriming(ApplicationContext context, @Value("${stratus.priming.rounds:3}") int rounds,
			@Value("${server.address:}") @Nullable String address,
			@Value("${stratus.priming.exit:false}") boolean exit) {
		this.context = context;
		this.rounds = rounds;
		this.address = address;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (rounds <= 0 || !(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		URI base = URI.create("http://" + host() + ":" + web.getWebServer().getPort());
		PrimingRequest.sendAll(rounds, "Server primed", request -> send(base, request));
		if (exit) {
			System.exit(SpringApplication.exit(context));
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

	private static void send(URI base, PrimingRequest request) throws IOException {
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
			answer.readAllBytes();
		}
	}

}
