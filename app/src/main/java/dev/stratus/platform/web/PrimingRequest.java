package dev.stratus.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the requests that run the API's hot paths before the first real one, in the server
 * ({@link ServerPriming}) and in a Lambda instance's init phase alike, so that class loading, the first JIT
 * compilations, the security filter chain, Jackson's (de)serialisers and the SDK clients' first connections are
 * not paid by a user. Every one is refused or only reads, so priming changes no data: the health check, a product's
 * image (its DynamoDB read, then a 404 in the envelope), a product and the orders with a bearer token no key of
 * ours signed (refused by the token check), and a sign-in body read strictly and refused by validation before any
 * account is looked at. Each carries this process's {@link #HEADER}, so that rate limits do not count it.
 *
 * @param headers lower-case names
 * @param body JSON, or {@code null} for none
 */
public record PrimingRequest(String method, String path, Map<String, String> headers, @Nullable String body) {

	/** Names a request as this process's own priming. */
	public static final String HEADER = "x-stratus-priming";

	/** Unguessable and never sent anywhere but to this process itself. */
	private static final String SECRET = HexFormat.of().formatHex(bytes(16));

	private static final Logger log = LoggerFactory.getLogger(PrimingRequest.class);

	private static final String UNKNOWN_PRODUCT = "00000000-0000-4000-8000-000000000000";

	public PrimingRequest {
		headers = Map.copyOf(headers);
	}

	/** The requests, in the order a user's first visit would send them. */
	public static List<PrimingRequest> all() {
		Map<String, String> foreign = Map.of("authorization", "Bearer " + foreignToken(), HEADER, SECRET);
		return List.of(new PrimingRequest("GET", "/api/health", Map.of(HEADER, SECRET), null),
				new PrimingRequest("GET", "/api/products/" + UNKNOWN_PRODUCT + "/image", Map.of(HEADER, SECRET), null),
				new PrimingRequest("GET", "/api/products/" + UNKNOWN_PRODUCT, foreign, null),
				new PrimingRequest("GET", "/api/orders", foreign, null),
				new PrimingRequest("POST", "/api/auth/login", Map.of("content-type", "application/json", HEADER,
						SECRET), "{\"email\":\"\",\"password\":\"\"}"));
	}

	/**
	 * A request of this process's own, as the priming's are (rate limits do not count it), but one that may
	 * change data: for the launcher's training start alone ({@link ServerPriming}), on its throw-away data.
	 * @param token a bearer token, or {@code null} for none
	 * @param body JSON, or {@code null} for none
	 */
	static PrimingRequest training(String method, String path, @Nullable String token, @Nullable String body) {
		Map<String, String> headers = new HashMap<>(Map.of(HEADER, SECRET));
		if (token != null) {
			headers.put("authorization", "Bearer " + token);
		}
		if (body != null) {
			headers.put("content-type", "application/json");
		}
		return new PrimingRequest(method, path, headers, body);
	}

	/**
	 * Sends the requests {@code rounds} times through {@code sender}, then logs how many were answered and how long
	 * it took under {@code done}. A failure is logged and priming goes on: it costs the first user some
	 * milliseconds, nothing more.
	 */
	public static void sendAll(List<PrimingRequest> requests, int rounds, String done, Sender sender) {
		long started = System.nanoTime();
		int answered = 0;
		for (int round = 0; round < rounds; round++) {
			for (PrimingRequest request : requests) {
				try {
					sender.send(request);
					answered++;
				}
				catch (IOException | RuntimeException ex) {
					log.atWarn().log("Priming request failed: {}: {}", ex.getClass().getSimpleName(), ex.getMessage());
				}
			}
		}
		log.atInfo()
			.addKeyValue("requests", answered)
			.addKeyValue("millis", (System.nanoTime() - started) / 1_000_000)
			.log(done);
	}

	/** Sends one request to the app and reads its answer. */
	@FunctionalInterface
	public interface Sender {

		void send(PrimingRequest request) throws IOException;

	}

	/** Whether the request is this process's own priming; anyone else cannot know the header's value. */
	public static boolean isPriming(HttpServletRequest request) {
		return SECRET.equals(request.getHeader(HEADER));
	}

	private static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	/** Well formed, RS256, signed by no key of ours: verified and refused. */
	private static String foreignToken() {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String header = base64.encodeToString(
				"{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"priming\"}".getBytes(StandardCharsets.UTF_8));
		String claims = base64.encodeToString(
				"{\"sub\":\"priming\",\"iss\":\"priming\",\"exp\":4102444800}".getBytes(StandardCharsets.UTF_8));
		return header + "." + claims + "." + base64.encodeToString(new byte[256]);
	}

}
