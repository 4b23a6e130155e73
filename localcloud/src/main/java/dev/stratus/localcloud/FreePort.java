package dev.stratus.localcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Resolves a configured port: 0 means any free one, anything else must be free now. */
final class FreePort {

	private FreePort() {
	}

	static int resolve(int configured, String service) {
		return resolve(configured, InetAddress.getLoopbackAddress().getHostAddress(), service);
	}

	/** As {@link #resolve(int, String)}, for a service that will listen on {@code bind}. */
	static int resolve(int configured, String bind, String service) {
		if (configured == 0) {
			try (ServerSocket socket = new ServerSocket(0, 1, address(bind))) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No free port for " + service, ex);
			}
		}
		if (!isFree(configured, bind)) {
			throw new LocalCloudException("Port " + configured + " for " + service
					+ " is in use: stop what holds it or set its STRATUS_*_PORT (0 picks a free port)");
		}
		return configured;
	}

	/**
	 * As {@link #resolve(int, String, String)} for a listener that binds its own port: a taken fixed port fails now,
	 * before anything starts, and 0 stays 0 so the listener binds any free port itself. A port chosen here and bound
	 * seconds later can be taken meanwhile (an outgoing connection's local port comes from the same range).
	 */
	static int checkFixed(int configured, String bind, String service) {
		return configured == 0 ? 0 : resolve(configured, bind, service);
	}

	private static boolean isFree(int port, String bind) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(address(bind), port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static InetAddress address(String bind) {
		try {
			return InetAddress.getByName(bind);
		}
		catch (IOException ex) {
			throw new LocalCloudException("Cannot listen on '" + bind + "': not an address of this machine", ex);
		}
	}

}
