package dev.stratus.localcloud;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.1 request line and headers as they came off the socket: {@link #bytes()} are passed on
 * unchanged (the S3 server checks signatures computed over them), the parsed headers only decide where.
 *
 * @param bytes the head exactly as received, up to and including the blank line
 * @param target the request target: path and query, still encoded
 * @param headers the first value of each header, by name in any case
 */
record RequestHead(byte[] bytes, String method, String target, Map<String, String> headers) {

	/** Larger than any head the SDKs or the CLI send (a presigned URL with its policy fits many times). */
	static final int MAX_BYTES = 64 * 1024;

	/**
	 * Reads the next head from {@code in}, which must buffer (the body follows in the same stream).
	 * @return empty when the client closed the connection between requests
	 * @throws MalformedHead when what arrives is not an HTTP request head
	 */
	static Optional<RequestHead> read(InputStream in) throws IOException {
		var head = new ByteArrayOutputStream(1024);
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				if (head.size() == 0) {
					return Optional.empty();
				}
				throw new MalformedHead("The connection closed inside a request head");
			}
			if (head.size() == 0 && (b == '\r' || b == '\n')) {
				continue; // RFC 9112 lets a server skip blank lines before a request line.
			}
			head.write(b);
			matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
			if (head.size() > MAX_BYTES) {
				throw new MalformedHead("The request head is longer than " + MAX_BYTES + " bytes");
			}
		}
		return Optional.of(parse(head.toByteArray()));
	}

	private static RequestHead parse(byte[] bytes) {
		String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n");
		String[] requestLine = lines[0].split(" ");
		if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
			throw new MalformedHead("Not an HTTP/1.1 request line: '" + lines[0] + "'");
		}
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon <= 0) {
				throw new MalformedHead("Not a header line: '" + lines[i] + "'");
			}
			headers.putIfAbsent(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
		}
		return new RequestHead(bytes, requestLine[0], requestLine[1], headers);
	}

	@Nullable
	String header(String name) {
		return headers.get(name);
	}

	@Nullable
	String query() {
		int question = target.indexOf('?');
		return question < 0 ? null : target.substring(question + 1);
	}

	Optional<CredentialScope> scope() {
		return CredentialScope.of(header("Authorization"), query());
	}

	/** Whether a body follows in chunks ({@code aws-chunked} uploads come in either framing). */
	boolean chunked() {
		String encoding = header("Transfer-Encoding");
		return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
	}

	/** @throws MalformedHead when the length is not a number */
	long contentLength() {
		String length = header("Content-Length");
		try {
			return length == null ? 0 : Long.parseLong(length);
		}
		catch (NumberFormatException ex) {
			throw new MalformedHead("Content-Length is not a number: '" + length + "'");
		}
	}

	/** Whether the client waits for {@code 100 Continue} before it sends the body. */
	boolean expectsContinue() {
		String expect = header("Expect");
		return expect != null && expect.equalsIgnoreCase("100-continue");
	}

	/** The protocol a request is framed in is not HTTP/1.1: answered with 400 and the connection closed. */
	static final class MalformedHead extends RuntimeException {

		private static final long serialVersionUID = 1L;

		MalformedHead(String message) {
			super(message, null, false, false);
		}

	}

}
