package dev.stratus.fleet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.cbor.CBORGenerator;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * CloudWatch's Smithy RPC v2 CBOR, the only protocol the Java SDK 2.57 sends it, in front of a server that
 * speaks only its AWS JSON 1.0 (moto 5.2.1). Both carry the same shapes: only the encoding changes, and the
 * operation moves from the path to {@code X-Amz-Target}. Timestamps are epoch seconds in both, under CBOR's tag
 * 1 on the way back. The signature is passed on unchanged (moto reads the region from it and checks nothing), and a
 * compressed body is unzipped.
 */
final class CloudWatchCborBridge implements AutoCloseable {

	private static final Pattern OPERATION = Pattern
		.compile("/service/GraniteServiceVersion20100801/operation/([A-Za-z]+)");

	/** The response members that are timestamps (or lists of them) in the operations the fleet uses. */
	private static final Set<String> TIMESTAMPS = Set.of("Timestamps", "Timestamp");

	private static final int EPOCH_TAG = 1;

	private static final CBORMapper CBOR = CBORMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final HttpServer server;

	private final URI target;

	private CloudWatchCborBridge(URI target) throws IOException {
		this.target = target;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	/** A bridge on a free loopback port to the JSON 1.0 CloudWatch at {@code target}. */
	static CloudWatchCborBridge to(URI target) {
		try {
			return new CloudWatchCborBridge(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the CloudWatch bridge", ex);
		}
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Matcher operation = OPERATION.matcher(exchange.getRequestURI().getPath());
			if (!operation.matches()) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			byte[] body = body(exchange);
			JsonNode request = body.length == 0 ? JSON.createObjectNode() : CBOR.readTree(body);
			HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve("/"))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-amz-json-1.0")
				.header("X-Amz-Target", "GraniteServiceVersion20100801." + operation.group(1))
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)));
			for (String header : new String[] { "Authorization", "X-Amz-Date" }) {
				String value = exchange.getRequestHeaders().getFirst(header);
				if (value != null) {
					forward.header(header, value);
				}
			}
			HttpResponse<String> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofString());
			byte[] out = cbor(answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body()));
			Map.of("Content-Type", "application/cbor", "smithy-protocol", "rpc-v2-cbor")
				.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
			exchange.sendResponseHeaders(answer.statusCode(), out.length);
			try (OutputStream response = exchange.getResponseBody()) {
				response.write(out);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The request's body, unzipped: the SDK compresses a large PutMetricData. */
	private static byte[] body(HttpExchange exchange) throws IOException {
		boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
		try (InputStream in = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
			return in.readAllBytes();
		}
	}

	private static byte[] cbor(JsonNode tree) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CBORGenerator generator = (CBORGenerator) CBOR.createGenerator(out)) {
			write(generator, tree, false);
		}
		return out.toByteArray();
	}

	private static void write(CBORGenerator out, JsonNode node, boolean timestamp) {
		if (node.isObject()) {
			out.writeStartObject();
			node.properties().forEach(member -> {
				out.writeName(member.getKey());
				write(out, member.getValue(), TIMESTAMPS.contains(member.getKey()));
			});
			out.writeEndObject();
		}
		else if (node.isArray()) {
			out.writeStartArray();
			node.forEach(item -> write(out, item, timestamp));
			out.writeEndArray();
		}
		else if (node.isNumber() && timestamp) {
			out.writeTag(EPOCH_TAG);
			out.writeNumber(node.doubleValue());
		}
		else {
			CBOR.writeValue(out, node);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
