package dev.stratus.localcloud;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP/1.1 request written by hand, because a browser's headers ({@code Origin}, a foreign
 * {@code Host}) are exactly those Java's HTTP client will not send.
 */
record RawHttp(int status, Map<String, String> headers, String body) {

	static RawHttp send(URI endpoint, String method, String path, Map<String, String> headers) throws IOException {
		try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
			Map<String, String> all = new LinkedHashMap<>();
			all.put("Host", endpoint.getHost() + ":" + endpoint.getPort());
			all.putAll(headers);
			all.put("Content-Length", "0");
			all.put("Connection", "close");
			all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			int status = Integer.parseInt(in.readLine().split(" ")[1]);
			Map<String, String> answered = new LinkedHashMap<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				int colon = line.indexOf(':');
				answered.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
						line.substring(colon + 1).trim());
			}
			StringBuilder body = new StringBuilder();
			for (int c = in.read(); c >= 0; c = in.read()) {
				body.append((char) c);
			}
			return new RawHttp(status, answered, body.toString());
		}
	}

}
