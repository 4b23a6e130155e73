package dev.stratus.localcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resolves a configured port: 0 means any free one, anything else must be free now.
 * <p>
 * Most services here are given a number and bind it themselves a second or so later (Node, ElasticMQ,
 * S3Proxy, GreenMail), so "any free one" must stay free meanwhile. It is therefore chosen below the
 * kernel's ephemeral range, where no outgoing connection gets its local port and no {@code bind(0)}
 * lands, and in turn from one cursor, so no two services of this JVM are handed the same number. A
 * port taken from the ephemeral range and let go, as before, was taken back twice in CI.
 */
public final class FreePort {

	/** Above the registered ports most machines run something on. */
	private static final int LOWEST = 10_000;

	private static final int TRIES = 200;

	private static final int BELOW = ephemeralLow();

	private static final AtomicInteger NEXT = new AtomicInteger(
			BELOW > LOWEST ? ThreadLocalRandom.current().nextInt(LOWEST, BELOW) : 0);

	private FreePort() {
	}

	/** A port for {@code service} on loopback: {@code configured}, which must be free now, or (0) any free one. */
	public static int resolve(int configured, String service) {
		return resolve(configured, InetAddress.getLoopbackAddress().getHostAddress(), service);
	}

	/** As {@link #resolve(int, String)}, for a service that will listen on {@code bind}. */
	static int resolve(int configured, String bind, String service) {
		if (configured == 0) {
			return BELOW > LOWEST ? outsideEphemeralRange(bind, service) : anyFree(bind, service);
		}
		if (!isFree(configured, bind)) {
			throw new LocalCloudException("Port " + configured + " for " + service
					+ " is in use: stop what holds it or set its STRATUS_*_PORT (0 picks a free port)");
		}
		return configured;
	}

	/**
	 * As {@link #resolve(int, String, String)} for a listener of this JVM that binds its port itself: a taken fixed
	 * port fails now, before anything starts, and 0 stays 0, for the kernel to choose as it binds.
	 */
	static int checkFixed(int configured, String bind, String service) {
		return configured == 0 ? 0 : resolve(configured, bind, service);
	}

	private static int outsideEphemeralRange(String bind, String service) {
		for (int tried = 0; tried < TRIES; tried++) {
			int port = LOWEST + Math.floorMod(NEXT.getAndIncrement() - LOWEST, BELOW - LOWEST);
			if (isFree(port, bind)) {
				return port;
			}
		}
		throw new LocalCloudException("No free port for " + service + " among " + TRIES + " tried between "
				+ LOWEST + " and " + BELOW + ": set its STRATUS_*_PORT");
	}

	/** Where the ephemeral range is unknown or leaves no room below it: the kernel's choice. */
	private static int anyFree(String bind, String service) {
		try (ServerSocket socket = new ServerSocket(0, 1, address(bind))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for " + service, ex);
		}
	}

	/** The low end of Linux's ephemeral port range; 0 where there is none to read (and so no room below). */
	private static int ephemeralLow() {
		try {
			// Read as lines: a whole-file read of a /proc file can come back short (a size of 0, one read).
			String[] range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim()
				.split("\\s+");
			return Integer.parseInt(range[0]);
		}
		catch (IOException | RuntimeException unknown) {
			return 0;
		}
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
