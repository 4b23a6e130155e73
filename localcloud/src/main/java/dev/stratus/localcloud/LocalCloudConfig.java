package dev.stratus.localcloud;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to start the local cloud.
 *
 * @param dataDir where state is kept across restarts; empty keeps everything in memory (tests)
 * @param ports the port of each service; 0 picks a free one
 * @param network where the services listen and which browser pages may call S3
 * @param clock the time the simulated fleet lives in: its state changes and metrics follow it (tests move it)
 */
public record LocalCloudConfig(Optional<Path> dataDir, Ports ports, Network network, Clock clock) {

	public LocalCloudConfig(Optional<Path> dataDir, Ports ports, Network network) {
		this(dataDir, ports, network, Clock.systemUTC());
	}

	/**
	 * @param gateway the one port for every AWS service, as other local clouds have it (4566)
	 */
	public record Ports(int gateway, int dynamodb, int sqs, int s3, int ec2, int cloudwatch, int smtp, int imap) {

		public static Ports any() {
			return new Ports(0, 0, 0, 0, 0, 0, 0, 0);
		}

		public static Ports defaults() {
			return new Ports(4566, 8000, 9324, 9000, 9100, 9200, 3025, 3143);
		}

	}

	/**
	 * @param bind the address every service listens on ({@code STRATUS_BIND}); loopback keeps them
	 * off the network, and only then are requests naming another host refused (DNS rebinding)
	 * @param browserOrigins the only web origins allowed to call S3 (the console uploads images to
	 * presigned URLs); every other request carrying an {@code Origin} is refused by every service
	 */
	public record Network(String bind, List<String> browserOrigins) {

		/** Resolves {@code bind} once, so every listener gets the same literal address. */
		public Network {
			InetAddress address = resolve(bind);
			if (address instanceof Inet6Address && !address.isAnyLocalAddress()) {
				throw new LocalCloudException("STRATUS_BIND takes an IPv4 address of this machine (or 0.0.0.0), got '"
						+ bind + "'");
			}
			bind = address.isAnyLocalAddress() ? "0.0.0.0" : address.getHostAddress();
			browserOrigins = List.copyOf(browserOrigins);
		}

		public static Network loopback() {
			return new Network("127.0.0.1", List.of());
		}

		/**
		 * The network of a local cloud serving the console on {@code appPort}: its own origins under
		 * both loopback names, plus {@code extraOrigins} ({@code STRATUS_CORS_ORIGINS}).
		 */
		public static Network forConsole(String bind, int appPort, List<String> extraOrigins) {
			List<String> origins = new ArrayList<>();
			if (appPort > 0) {
				origins.add("http://localhost:" + appPort);
				origins.add("http://127.0.0.1:" + appPort);
			}
			extraOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).forEach(origins::add);
			return new Network(bind, origins);
		}

		/** Whether the services are reachable from this machine only. */
		boolean isLoopback() {
			return resolve(bind).isLoopbackAddress();
		}

		/** The address clients on this machine connect to: the bound one, or loopback when bound to all. */
		String connectHost() {
			return resolve(bind).isAnyLocalAddress() ? "127.0.0.1" : bind;
		}

		Gate gate(boolean forS3) {
			return new Gate(!isLoopback(), forS3 ? browserOrigins : List.of());
		}

		private static InetAddress resolve(String bind) {
			try {
				return InetAddress.getByName(bind);
			}
			catch (UnknownHostException ex) {
				throw new LocalCloudException("STRATUS_BIND must be an address of this machine, got '" + bind + "'",
						ex);
			}
		}

	}

	public static LocalCloudConfig inMemory() {
		return new LocalCloudConfig(Optional.empty(), Ports.any(), Network.loopback());
	}

	public static LocalCloudConfig persistent(Path dataDir, Ports ports) {
		return new LocalCloudConfig(Optional.of(dataDir), ports, Network.loopback());
	}

	public LocalCloudConfig withNetwork(Network network) {
		return new LocalCloudConfig(dataDir, ports, network, clock);
	}

	public LocalCloudConfig withClock(Clock clock) {
		return new LocalCloudConfig(dataDir, ports, network, clock);
	}

	Optional<Path> dir(String service) {
		return dataDir.map(dir -> dir.resolve(service));
	}

}
