package dev.stratus.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs in a fresh JVM on the Lambda package's classpath (started by {@link LambdaInit}): constructs the API
 * handler as the Lambda runtime does in the init phase, then invokes it with a first {@code GET /api/health} and a
 * first product read, and prints one line of timings. It names the handler and Lambda's {@code Context} by
 * reflection, so the bench needs no Lambda library of its own.
 */
final class LambdaInitProbe {

	private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

	private LambdaInitProbe() {
	}

	public static void main(String[] args) throws Exception {
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		long mainAt = System.currentTimeMillis();
		long started = System.nanoTime();
		Object handler = Class.forName("dev.stratus.platform.lambda.ApiHandler").getDeclaredConstructor()
			.newInstance();
		long initMs = (System.nanoTime() - started) / 1_000_000;
		Class<?> contextType = Class.forName("com.amazonaws.services.lambda.runtime.Context");
		Object context = Proxy.newProxyInstance(LambdaInitProbe.class.getClassLoader(), new Class<?>[] { contextType },
				(proxy, method, arguments) -> switch (method.getName()) {
					case "getAwsRequestId", "getFunctionName", "getLogStreamName" -> "lambda-init";
					case "getRemainingTimeInMillis", "getMemoryLimitInMB" -> 30_000;
					default -> null;
				});
		Method handle = handler.getClass().getMethod("handleRequest", java.io.InputStream.class,
				java.io.OutputStream.class, contextType);
		Invoked health = invoke(handler, handle, context, "/api/health");
		Invoked product = invoke(handler, handle, context, "/api/products/6f1c1c3e-1d1e-4c5e-9a7b-2b9f0f3a4c5d/image");
		System.out.println("LAMBDA-INIT jvmToMain=" + (mainAt - jvmStart) + " init=" + initMs + " health="
				+ health.ms() + " healthStatus=" + health.status() + " product=" + product.ms() + " productStatus="
				+ product.status());
		System.exit(0);
	}

	private static Invoked invoke(Object handler, Method handle, Object context, String path) throws Exception {
		String event = """
				{"version":"2.0","routeKey":"$default","rawPath":"%s","rawQueryString":"",
				"headers":{"accept":"application/json","user-agent":"lambda-init"},
				"requestContext":{"accountId":"000000000000","apiId":"bench","domainName":"localhost",
				"domainPrefix":"localhost","requestId":"bench","routeKey":"$default","stage":"$default","timeEpoch":0,
				"http":{"method":"GET","path":"%s","protocol":"HTTP/1.1","sourceIp":"198.51.100.7",
				"userAgent":"lambda-init"}},"isBase64Encoded":false}""".formatted(path, path);
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		long started = System.nanoTime();
		handle.invoke(handler, new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), answer, context);
		long ms = (System.nanoTime() - started) / 1_000_000;
		Matcher status = STATUS.matcher(answer.toString(StandardCharsets.UTF_8));
		return new Invoked(ms, status.find() ? Integer.parseInt(status.group(1)) : -1);
	}

	private record Invoked(long ms, int status) {
	}

}
