package dev.stratus.localcloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP listener for a simulated AWS service, on the JDK's own server: every request passes the
 * {@link Gate} first, then goes to the service's handler. A few threads are plenty for the app, the
 * AWS CLI and a bench on one laptop.
 */
final class GatedHttpServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GatedHttpServer.class);

	private static final int THREADS = 4;

	static {
		// The JDK's server leaves Nagle's algorithm on, so with the client's delayed ACKs every small
		// answer waited ~40 ms (bench: DescribeInstances 45 ms, 1.5 ms without). Read once per process.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	/** One service's answer to a request that passed the gate. */
	@FunctionalInterface
	interface Handler {

		Answer handle(Request request);

	}

	/** A request that passed the gate; the body is already read (and un-gzipped). */
	record Request(String method, URI uri, com.sun.net.httpserver.Headers headers, byte[] body) {

		Optional<String> header(String name) {
			return Optional.ofNullable(headers.getFirst(name));
		}

	}

	record Answer(int status, String contentType, byte[] body, java.util.Map<String, String> headers) {

		static Answer of(int status, String contentType, byte[] body) {
			return new Answer(status, contentType, body, java.util.Map.of());
		}

	}

	private final HttpServer server;

	private final ExecutorService executor;

	private final URI endpoint;

	private GatedHttpServer(HttpServer server, ExecutorService executor, URI endpoint) {
		this.server = server;
		this.executor = executor;
		this.endpoint = endpoint;
	}

	static GatedHttpServer start(String service, LocalCloudConfig.Network network, int port, Handler handler) {
		Gate gate = network.gate(false);
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(network.bind(), port), 64);
		}
		catch (IOException ex) {
			throw new LocalCloudException("Port " + port + " for " + service + " is in use or not bindable on "
					+ network.bind() + ": set its STRATUS_*_PORT (0 picks a free port)", ex);
		}
		var threads = new java.util.concurrent.atomic.AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
			Thread thread = new Thread(task, "localcloud-" + service.toLowerCase(java.util.Locale.ROOT) + "-"
					+ threads.getAndIncrement());
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(executor);
		server.createContext("/", exchange -> serve(exchange, gate, handler, service));
		server.start();
		return new GatedHttpServer(server, executor, URI.create("http://" + network.connectHost() + ":" + server.getAddress().getPort()));
	}

	private static void serve(HttpExchange exchange, Gate gate, Handler handler, String service) throws IOException {
		try (exchange) {
			var headers = exchange.getRequestHeaders();
			Optional<String> refusal = gate.refusal(headers.getFirst("Host"), headers.getFirst("Origin"));
			Answer answer;
			if (refusal.isPresent()) {
				exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
				answer = Answer.of(403, "text/plain; charset=utf-8", refusal.get().getBytes(StandardCharsets.UTF_8));
			}
			else {
				answer = answer(exchange, handler, service);
			}
			answer.headers().forEach(exchange.getResponseHeaders()::set);
			exchange.getResponseHeaders().set("Content-Type", answer.contentType());
			exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
			exchange.getResponseBody().write(answer.body());
		}
	}

	private static Answer answer(HttpExchange exchange, Handler handler, String service) {
		try {
			return handler.handle(new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
					exchange.getRequestHeaders(), body(exchange)));
		}
		catch (IOException | RuntimeException ex) {
			log.atWarn()
				.addKeyValue("service", service)
				.addKeyValue("error", ex.getClass().getSimpleName())
				.log("A request to the simulated {} failed: {}", service, ex.getMessage());
			return Answer.of(500, "text/plain; charset=utf-8",
					("The simulated " + service + " failed").getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The SDK gzips large CloudWatch uploads (PutMetricData) and says so in Content-Encoding. */
	private static byte[] body(HttpExchange exchange) throws IOException {
		InputStream in = exchange.getRequestBody();
		if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
			in = new GZIPInputStream(in);
		}
		return in.readAllBytes();
	}

	URI endpoint() {
		return endpoint;
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
