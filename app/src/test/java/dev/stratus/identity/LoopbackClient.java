package dev.stratus.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.stratus.StratusApi;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts JSON from a loopback address of its own (127.0.0.x), so the app sees a distinct client.
 * The login lockout counts per client; without this every test would share 127.0.0.1 and one
 * test's failures would lock out the rest.
 */
public final class LoopbackClient {

	private static final AtomicInteger NEXT = new AtomicInteger(10);

	private final String address;

	private final int port;

	private final JsonMapper json = JsonMapper.builder().build();

	private LoopbackClient(String address, int port) {
		this.address = address;
		this.port = port;
	}

	/** A client with an address no other test uses. */
	public static LoopbackClient fresh(StratusApi api) {
		int n = NEXT.getAndIncrement();
		return new LoopbackClient("127.0." + (n / 250) + "." + (2 + n % 250), api.uri("/").getPort());
	}

	public StratusApi.Response post(String path, Object body) {
		byte[] content = json.writeValueAsBytes(body);
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(address, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			socket.setSoTimeout(10_000);
			// HTTP/1.0: no chunked answer and the server closes when done, so reading to the end is the response.
			String head = "POST " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + content.length + "\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private StratusApi.Response parse(String raw) {
		int split = raw.indexOf("\r\n\r\n");
		String[] lines = raw.substring(0, split).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim(), List.of(lines[i].substring(colon + 1).trim()));
		}
		return new StratusApi.Response(status, raw.substring(split + 4), headers, json);
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		in.transferTo(buffer);
		return buffer.toString(StandardCharsets.UTF_8);
	}

}
