package dev.stratus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay in front of one service, so a fault scenario can take that service away
 * from the app and give it back. {@link #down()} closes the listening port and cuts every open
 * connection: from the app's side it is exactly a stopped server (connection refused), while the
 * server itself keeps its state, as a real service does across an outage.
 */
final class FaultProxy implements AutoCloseable {

	private final String name;

	private final int port;

	private final InetSocketAddress target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	FaultProxy(String name, int targetPort) {
		this.name = name;
		this.port = Ports.free();
		this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
		up();
	}

	int port() {
		return port;
	}

	synchronized void up() {
		if (server != null) {
			return;
		}
		try {
			ServerSocket listening = new ServerSocket();
			listening.setReuseAddress(true);
			listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			server = listening;
			Thread accepter = new Thread(() -> accept(listening), name + "-proxy");
			accepter.setDaemon(true);
			accepter.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on " + port + " for " + name, ex);
		}
	}

	synchronized void down() {
		if (server == null) {
			return;
		}
		closeQuietly(server);
		server = null;
		open.forEach(FaultProxy::closeQuietly);
		open.clear();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			Socket client;
			try {
				client = listening.accept();
			}
			catch (IOException closed) {
				return;
			}
			Socket upstream = new Socket();
			try {
				upstream.connect(target, 2000);
			}
			catch (IOException unreachable) {
				closeQuietly(client);
				closeQuietly(upstream);
				continue;
			}
			open.add(client);
			open.add(upstream);
			pump(client, upstream);
			pump(upstream, client);
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException cut) {
				// One side went away; closing both below ends the other pump too.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				open.remove(from);
				open.remove(to);
			}
		}, name + "-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(java.io.Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ignored) {
			// Closing is all we wanted.
		}
	}

	@Override
	public void close() {
		down();
	}

	@Override
	public String toString() {
		return name + " proxy :" + port + " -> :" + target.getPort();
	}

}
