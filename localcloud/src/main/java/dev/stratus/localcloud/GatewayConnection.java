package dev.stratus.localcloud;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

/**
 * One client connection to the gateway. Requests are read one after another; each head names its
 * service, and head and body go on to a connection to that service, opened on the first request for
 * it and kept while the client stays with it (an SDK client asks one service only). What the service
 * answers is copied back as it comes, so a response is never parsed, a {@code 100 Continue} passes
 * through, and a service closing its end closes the client's.
 */
final class GatewayConnection implements Runnable {

	private static final int BUFFER = 64 * 1024;

	/** An idle client connection is dropped after this long; the SDKs reconnect without a word. */
	private static final int IDLE_MILLIS = 120_000;

	private static final int CONNECT_MILLIS = 2_000;

	private static final int MAX_CHUNK_LINE = 8 * 1024;

	/**
	 * What every connection shares: the gate, where each service listens, and threads.
	 *
	 * @param byScope whether each request goes to the service its credential scope names (the gateway); else every
	 * request goes to the one service there is, signed or not (a service's own port in front of its server)
	 */
	record Routing(Gate gate, Map<String, InetSocketAddress> services, Executor threads, boolean byScope) {

		Routing {
			if (!byScope && services.size() != 1) {
				throw new IllegalArgumentException("A front for one service routes to exactly one: " + services);
			}
		}

		/** @return the service the request goes to, or empty when it names none */
		Optional<String> serviceFor(RequestHead head) {
			if (!byScope) {
				return Optional.of(services.keySet().iterator().next());
			}
			return head.scope().map(CredentialScope::service);
		}

	}

	private final Socket client;

	private final Routing routing;

	private volatile @Nullable Upstream current;

	GatewayConnection(Socket client, Routing routing) {
		this.client = client;
		this.routing = routing;
	}

	@Override
	public void run() {
		try {
			client.setTcpNoDelay(true);
			client.setSoTimeout(IDLE_MILLIS);
			InputStream in = new BufferedInputStream(client.getInputStream(), BUFFER);
			while (relayNext(in)) {
				// One request after another, for as long as the client keeps the connection.
			}
		}
		catch (IOException closedOrIdle) {
			// The client left, or the service closed its side (which closed the client's).
		}
		finally {
			Upstream upstream = current;
			if (upstream != null) {
				closeQuietly(upstream);
			}
			closeQuietly(client);
		}
	}

	/** @return whether the connection stays open for another request */
	private boolean relayNext(InputStream in) throws IOException {
		RequestHead head;
		try {
			Optional<RequestHead> next = RequestHead.read(in);
			if (next.isEmpty()) {
				return false;
			}
			head = next.get();
		}
		catch (RequestHead.MalformedHead ex) {
			client.getOutputStream().write(GatewayRefusal.malformed(ex.getMessage()).plainResponse());
			return false;
		}
		Optional<String> refusal = routing.gate().refusal(head.header("Host"), head.header("Origin"));
		if (refusal.isPresent()) {
			return refuse(head, GatewayRefusal.forbidden(refusal.get()));
		}
		Optional<String> named = routing.serviceFor(head);
		if (named.isEmpty()) {
			return refuse(head, GatewayRefusal.unsigned());
		}
		String service = named.get();
		InetSocketAddress address = routing.services().get(service);
		if (address == null) {
			return refuse(head, GatewayRefusal.unknownService(service));
		}
		Upstream upstream = current;
		if (upstream == null || !upstream.service.equals(service)) {
			try {
				upstream = connect(service, address);
			}
			catch (IOException ex) {
				return refuse(head, GatewayRefusal.unreachable(service));
			}
		}
		upstream.send(head, in);
		return true;
	}

	private boolean refuse(RequestHead head, GatewayRefusal refusal) throws IOException {
		client.getOutputStream().write(refusal.response(head));
		return false;
	}

	private Upstream connect(String service, InetSocketAddress address) throws IOException {
		Socket socket = new Socket();
		try {
			socket.setTcpNoDelay(true);
			socket.connect(address, CONNECT_MILLIS);
		}
		catch (IOException ex) {
			closeQuietly(socket);
			throw ex;
		}
		Upstream previous = current;
		Upstream next = new Upstream(service, socket);
		// Replaced before the old one closes, so its copier knows not to close the client.
		current = next;
		if (previous != null) {
			closeQuietly(previous);
		}
		routing.threads().execute(next::copyResponses);
		return next;
	}

	static void closeQuietly(@Nullable Closeable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (IOException ignored) {
			// Closing is all that was left to do with it.
		}
	}

	/** The connection to one service, with a thread copying what it answers back to the client. */
	private final class Upstream implements Closeable {

		private final String service;

		private final Socket socket;

		private final OutputStream out;

		Upstream(String service, Socket socket) throws IOException {
			this.service = service;
			this.socket = socket;
			this.out = new BufferedOutputStream(socket.getOutputStream(), BUFFER);
		}

		/** Sends the head as received and the body as framed, flushing whenever the client pauses. */
		void send(RequestHead head, InputStream in) throws IOException {
			out.write(head.bytes());
			if (head.expectsContinue()) {
				out.flush();
			}
			if (head.chunked()) {
				copyChunks(in);
			}
			else {
				copy(in, head.contentLength());
			}
			out.flush();
		}

		private void copy(InputStream in, long length) throws IOException {
			byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(length, 1))];
			long left = length;
			while (left > 0) {
				int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (read < 0) {
					throw new IOException("The client closed the connection inside a request body");
				}
				out.write(buffer, 0, read);
				left -= read;
				if (in.available() == 0) {
					out.flush();
				}
			}
		}

		/** Copies chunks as they are, size lines and extensions included, up to the trailers' end. */
		private void copyChunks(InputStream in) throws IOException {
			while (true) {
				byte[] sizeLine = line(in);
				out.write(sizeLine);
				String size = new String(sizeLine, StandardCharsets.ISO_8859_1).strip();
				int extension = size.indexOf(';');
				long length;
				try {
					length = Long.parseLong(extension < 0 ? size : size.substring(0, extension).strip(), 16);
				}
				catch (NumberFormatException ex) {
					throw new IOException("Not a chunk size: '" + size + "'");
				}
				if (length == 0) {
					for (byte[] trailer = line(in); trailer.length > 2; trailer = line(in)) {
						out.write(trailer);
					}
					out.write(new byte[] { '\r', '\n' });
					return;
				}
				copy(in, length + 2);
			}
		}

		private byte[] line(InputStream in) throws IOException {
			var line = new ByteArrayOutputStream(32);
			for (int b = in.read(); ; b = in.read()) {
				if (b < 0 || line.size() > MAX_CHUNK_LINE) {
					throw new IOException("The chunked request body ended early or is malformed");
				}
				line.write(b);
				if (b == '\n') {
					return line.toByteArray();
				}
			}
		}

		/** Copies what the service answers as it arrives: the socket's stream is unbuffered. */
		void copyResponses() {
			byte[] buffer = new byte[BUFFER];
			try {
				InputStream from = socket.getInputStream();
				OutputStream to = client.getOutputStream();
				for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
					to.write(buffer, 0, read);
				}
			}
			catch (IOException closed) {
				// This connection was replaced or closed; nothing more will come from it.
			}
			finally {
				if (current == this) {
					// The service ended the connection (after a response with Connection: close, say).
					closeQuietly(client);
				}
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

}
