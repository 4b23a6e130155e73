package dev.stratus.localcloud;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local cloud's one endpoint, as AWS tools know it from other local clouds: each request goes to
 * the service its SigV4 credential scope names, on that service's own port, untouched. It works on
 * the bytes of HTTP/1.1 (a head, then a body framed by length or in chunks) rather than as an HTTP
 * server and client, so the {@code Host} header, the path and query and every body byte arrive as
 * signed, bodies stream, and a client's keep-alive connection stays one connection to the service.
 * Browsers are refused as by every service ({@link Gate}). The same relay is SQS's own port
 * ({@link #front}).
 */
final class Gateway implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Gateway.class);

	/** The signing names of the services it routes to: CloudWatch signs as {@code monitoring}. */
	static final List<String> SERVICES = List.of("dynamodb", "sqs", "s3", "ec2", "monitoring");

	private final ServerSocket listener;

	private final ExecutorService threads;

	private final Set<Socket> clients = ConcurrentHashMap.newKeySet();

	private final URI endpoint;

	private Gateway(ServerSocket listener, ExecutorService threads, URI endpoint) {
		this.listener = listener;
		this.threads = threads;
		this.endpoint = endpoint;
	}

	/**
	 * The gateway: each request to the service its credential scope names.
	 *
	 * @param services where each service of {@link #SERVICES} listens
	 * @throws LocalCloudException when the port cannot be bound
	 */
	static Gateway start(LocalCloudConfig.Network network, int port, Map<String, URI> services) {
		Map<String, InetSocketAddress> routes = new LinkedHashMap<>();
		SERVICES.forEach(service -> routes.put(service, address(services.get(service))));
		return open(network, port, "gateway", "the gateway", ": set STRATUS_GATEWAY_PORT (0 picks a free port)",
				threads -> new GatewayConnection.Routing(network.gate(true), routes, threads, true));
	}

	/**
	 * A service's public port in front of its server on a private one, where that server cannot check the
	 * {@link Gate} itself: every request, once past the gate, goes on to {@code target} byte for byte (SQS: ElasticMQ
	 * builds its routes with no way to wrap them). A pekko-http server and client did this before, and parsed and
	 * rendered every SQS call twice more than this relay does.
	 *
	 * @param service the signing name, for errors and thread names
	 * @throws LocalCloudException when the port cannot be bound
	 */
	static Gateway front(String service, LocalCloudConfig.Network network, int port, URI target) {
		Map<String, InetSocketAddress> routes = Map.of(service, address(target));
		return open(network, port, service, service.toUpperCase(Locale.ROOT), "",
				threads -> new GatewayConnection.Routing(network.gate(false), routes, threads, false));
	}

	private static InetSocketAddress address(URI uri) {
		return new InetSocketAddress(uri.getHost(), uri.getPort());
	}

	private static Gateway open(LocalCloudConfig.Network network, int port, String name, String what, String hint,
			Function<ExecutorService, GatewayConnection.Routing> routing) {
		ServerSocket listener;
		try {
			listener = new ServerSocket();
			listener.setReuseAddress(true);
			listener.bind(new InetSocketAddress(InetAddress.getByName(network.bind()), port), 128);
		}
		catch (IOException ex) {
			throw new LocalCloudException("Port " + port + " for " + what + " is in use or not bindable on "
					+ network.bind() + hint, ex);
		}
		var count = new AtomicInteger();
		// Two threads a connection (request and response directions), a handful of connections per client.
		ExecutorService threads = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "localcloud-" + name + "-" + count.getAndIncrement());
			thread.setDaemon(true);
			return thread;
		});
		var gateway = new Gateway(listener, threads,
				URI.create("http://" + network.connectHost() + ":" + listener.getLocalPort()));
		GatewayConnection.Routing routes = routing.apply(threads);
		threads.execute(() -> gateway.accept(routes));
		return gateway;
	}

	private void accept(GatewayConnection.Routing routing) {
		while (!listener.isClosed()) {
			Socket client;
			try {
				client = listener.accept();
			}
			catch (IOException ex) {
				if (!listener.isClosed()) {
					log.atWarn().addKeyValue("error", ex.getClass().getSimpleName())
						.log("The gateway could not accept a connection: {}", ex.getMessage());
				}
				continue;
			}
			clients.add(client);
			threads.execute(() -> {
				try {
					new GatewayConnection(client, routing).run();
				}
				finally {
					clients.remove(client);
				}
			});
		}
	}

	URI endpoint() {
		return endpoint;
	}

	/** Stops listening and ends every open connection (and with it, its connections to the services). */
	@Override
	public void close() {
		try {
			listener.close();
		}
		catch (IOException ex) {
			log.warn("The gateway's port did not close cleanly: {}", ex.getMessage());
		}
		clients.forEach(GatewayConnection::closeQuietly);
		threads.shutdownNow();
	}

}
