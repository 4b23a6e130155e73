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
		if (configured == 0) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No free port for " + service, ex);
			}
		}
		if (!isFree(configured)) {
			throw new LocalCloudException("Port " + configured + " for " + service
					+ " is in use: stop what holds it or set its STRATUS_*_PORT (0 picks a free port)");
		}
		return configured;
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
