package dev.stratus.platform.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.serverless.proxy.internal.LambdaContainerHandler;
import org.crac.Core;
import org.crac.Resource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the API's hot paths once through the container with synthetic HTTP API events before the first real
 * request, so that class loading, JIT warm-up, the security filter chain, Jackson's (de)serialisers and the SDK
 * clients' first connections are paid in the init phase (and, with SnapStart, captured in the snapshot) instead of
 * by a user. Every request is refused or reads only, so priming changes no data: the health check, a product read
 * (the image of an unknown product: 404 after its DynamoDB read), a bearer token checked and refused (an RS256
 * token no key of ours signed) and a sign-in body read strictly and refused by validation before any account is
 * looked at. {@code STRATUS_LAMBDA_PRIMING=false} turns it off (to measure it, say).
 * <p>
 * Under SnapStart ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}) it runs in CRaC's {@code beforeCheckpoint},
 * last thing before the snapshot; otherwise at the end of the init phase.
 */
final class Priming implements Resource {

	private static final Logger log = LoggerFactory.getLogger(Priming.class);

	/** CRaC keeps its resources weakly: this keeps the registered one. */
	private static @Nullable Priming registered;

	private final LambdaApplication app;

	private Priming(LambdaApplication app) {
		this.app = app;
	}

	static void register(LambdaApplication app) {
		if (!app.context().getEnvironment().getProperty("stratus.lambda.priming", Boolean.class, true)) {
			log.info("Lambda priming off");
			return;
		}
		Priming priming = new Priming(app);
		if ("snap-start".equals(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
			registered = priming;
			Core.getGlobalContext().register(priming);
		}
		else {
			priming.run();
		}
	}

	@Override
	public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
		run();
	}

	@Override
	public void afterRestore(org.crac.Context<? extends Resource> context) {
		log.info("Restored from the SnapStart snapshot");
	}

	void run() {
		long started = System.nanoTime();
		int primed = 0;
		for (Map<String, Object> event : events()) {
			try {
				ByteArrayOutputStream answer = new ByteArrayOutputStream();
				app.container().proxyStream(new ByteArrayInputStream(
						LambdaContainerHandler.getObjectMapper().writeValueAsBytes(event)), answer,
						new SyntheticContext("priming", "stratus-api"));
				primed++;
			}
			catch (IOException | RuntimeException ex) {
				// Priming is an optimisation: a failure costs the first user some milliseconds, nothing more.
				log.atWarn().log("Priming request failed: {}: {}", ex.getClass().getSimpleName(), ex.getMessage());
			}
		}
		log.atInfo()
			.addKeyValue("requests", primed)
			.addKeyValue("millis", (System.nanoTime() - started) / 1_000_000)
			.log("Lambda primed");
	}

	private static List<Map<String, Object>> events() {
		return List.of(event("GET", "/api/health", Map.of(), null),
				event("GET", "/api/products/00000000-0000-4000-8000-000000000000/image", Map.of(), null),
				event("GET", "/api/orders", Map.of("authorization", "Bearer " + foreignToken()), null),
				event("POST", "/api/auth/login", Map.of("content-type", "application/json"),
						"{\"email\":\"\",\"password\":\"\"}"));
	}

	/** An HTTP API payload 2.0 event, as API Gateway sends it. */
	static Map<String, Object> event(String method, String path, Map<String, String> headers, @Nullable String body) {
		Map<String, String> allHeaders = new LinkedHashMap<>(headers);
		allHeaders.putIfAbsent("accept", "application/json");
		allHeaders.put("user-agent", "stratus-priming");
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("version", "2.0");
		event.put("routeKey", "$default");
		event.put("rawPath", path);
		event.put("rawQueryString", "");
		event.put("headers", allHeaders);
		event.put("requestContext", Map.of("accountId", "000000000000", "apiId", "priming", "domainName",
				"localhost", "domainPrefix", "localhost", "requestId", "priming", "routeKey", "$default", "stage",
				"$default", "timeEpoch", 0, "http", Map.of("method", method, "path", path, "protocol", "HTTP/1.1",
						"sourceIp", "127.0.0.1", "userAgent", "stratus-priming")));
		if (body != null) {
			event.put("body", body);
		}
		event.put("isBase64Encoded", false);
		return event;
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
