package dev.stratus.platform.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.serverless.proxy.internal.LambdaContainerHandler;
import dev.stratus.platform.web.PrimingRequest;
import org.crac.Core;
import org.crac.Resource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the API's hot paths once through the container with synthetic HTTP API events before the first real
 * request: the {@link PrimingRequest}s the server sends itself at start, so that their cost is paid in the init
 * phase (and, with SnapStart, captured in the snapshot) instead of by a user. {@code STRATUS_LAMBDA_PRIMING=false}
 * turns it off (to measure it, say).
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
		PrimingRequest.sendAll(PrimingRequest.all(), 1, "Lambda primed", request -> {
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			app.container().proxyStream(new ByteArrayInputStream(LambdaContainerHandler.getObjectMapper()
				.writeValueAsBytes(event(request.method(), request.path(), request.headers(), request.body()))),
					answer, new SyntheticContext("priming", "stratus-api"));
		});
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

}
