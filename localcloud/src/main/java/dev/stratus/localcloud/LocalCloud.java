package dev.stratus.localcloud;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local cloud: DynamoDB, SQS, S3, EC2 and CloudWatch over a simulated fleet, and mail, started
 * together and stopped together, with one gateway port in front of the AWS services. When one
 * service fails to start, the others are stopped again so no port or child process is left behind.
 */
public final class LocalCloud implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalCloud.class);

	private final Deque<AutoCloseable> running;

	private final Endpoints endpoints;

	private LocalCloud(Deque<AutoCloseable> running, Endpoints endpoints) {
		this.running = running;
		this.endpoints = endpoints;
	}

	/**
	 * Starts every service at once and returns when all of them accept requests. They start in
	 * parallel because each spends most of its start waiting (Node's launch, LevelDB, class loading
	 * on another core), which together took three times as long one after another.
	 * @throws LocalCloudException when a service cannot start; nothing is left running then
	 */
	public static LocalCloud start(LocalCloudConfig config) {
		long started = System.nanoTime();
		var ports = config.ports();
		var network = config.network();
		var gatewayPort = FreePort.checkFixed(ports.gateway(), network.bind(), "the gateway");
		var dynamodbPort = FreePort.resolve(ports.dynamodb(), network.bind(), "DynamoDB");
		var sqsPort = FreePort.resolve(ports.sqs(), network.bind(), "SQS");
		var s3Port = FreePort.resolve(ports.s3(), network.bind(), "S3");
		var ec2Port = FreePort.checkFixed(ports.ec2(), network.bind(), "EC2");
		var cloudwatchPort = FreePort.checkFixed(ports.cloudwatch(), network.bind(), "CloudWatch");
		var smtpPort = FreePort.resolve(ports.smtp(), network.bind(), "SMTP");
		var imapPort = FreePort.resolve(ports.imap(), network.bind(), "IMAP");
		// One fleet behind both endpoints: a stop seen by EC2 ends the CPU data CloudWatch serves.
		Fleet fleet = Fleet.open(config.dir("ec2"), config.clock());
		var starting = new Starting();
		var dynamodb = starting
			.start(() -> DynamoDbServer.start(home(), network, dynamodbPort,
					config.dir("dynamodb").map(StateDir::create)));
		var sqs = starting.start(() -> SqsServer.start(network, sqsPort, config.dir("sqs")));
		var s3 = starting.start(() -> S3Server.start(network, s3Port, config.dir("s3")));
		var mail = starting.start(() -> MailServer.start(network, smtpPort, imapPort, config.dir("mail")));
		var ec2 = starting.start(() -> Ec2Server.start(network, ec2Port, fleet));
		var cloudwatch = starting.start(() -> CloudWatchServer.start(network, cloudwatchPort,
				new CloudWatchActions(fleet, CustomMetrics.open(config.dir("cloudwatch")))));
		Deque<AutoCloseable> running = starting.awaitAll();
		try {
			// Last, as it needs the others' ports: binding one socket takes no time worth overlapping.
			Gateway gateway = Gateway.start(network, gatewayPort,
					Map.of("dynamodb", dynamodb.join().endpoint(), "sqs", sqs.join().endpoint(), "s3",
							s3.join().endpoint(), "ec2", ec2.join().endpoint(), "monitoring",
							cloudwatch.join().endpoint()));
			running.push(gateway);
			var endpoints = new Endpoints(gateway.endpoint(), dynamodb.join().endpoint(), sqs.join().endpoint(),
					s3.join().endpoint(), ec2.join().endpoint(), cloudwatch.join().endpoint(), mail.join().host(),
					mail.join().smtpPort(), mail.join().imapPort());
			if (config.dataDir().isPresent()) {
				running.push(EnvFile.write(config.dataDir().get(), endpoints));
			}
			log.info("Local cloud started in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
					endpoints.format());
			return new LocalCloud(running, endpoints);
		}
		catch (RuntimeException ex) {
			closeAll(running);
			throw ex;
		}
	}

	/** Starts the local cloud on a thread of its own, for a caller with other work to do meanwhile. */
	public static CompletableFuture<LocalCloud> startInBackground(LocalCloudConfig config) {
		return onOwnThread("localcloud-start", () -> start(config));
	}

	public Endpoints endpoints() {
		return endpoints;
	}

	/** Stops every service, the last started first; data on disk is flushed. */
	@Override
	public void close() {
		closeAll(running);
		log.info("Local cloud stopped");
	}

	/** Services starting side by side; when one fails, the others are stopped once they are up. */
	private static final class Starting {

		private final List<CompletableFuture<? extends AutoCloseable>> services = new ArrayList<>();

		<T extends AutoCloseable> CompletableFuture<T> start(Supplier<T> service) {
			// A thread per service: the common pool may have a single worker on two cores.
			CompletableFuture<T> future = onOwnThread("localcloud-start-" + services.size(), service);
			services.add(future);
			return future;
		}

		Deque<AutoCloseable> awaitAll() {
			Deque<AutoCloseable> running = new ArrayDeque<>();
			RuntimeException failure = null;
			for (var service : services) {
				try {
					running.push(service.join());
				}
				catch (CompletionException ex) {
					failure = failure != null ? failure
							: ex.getCause() instanceof RuntimeException cause ? cause : ex;
				}
			}
			if (failure != null) {
				closeAll(running);
				throw failure;
			}
			return running;
		}

	}

	private static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> task) {
		CompletableFuture<T> future = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				future.complete(task.get());
			}
			catch (RuntimeException ex) {
				future.completeExceptionally(ex);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		return future;
	}

	private static void closeAll(Deque<AutoCloseable> running) {
		while (!running.isEmpty()) {
			AutoCloseable service = running.pop();
			try {
				service.close();
			}
			catch (Exception ex) {
				log.warn("{} did not stop cleanly: {}", service.getClass().getSimpleName(), ex.getMessage());
			}
		}
	}

	/**
	 * The Stratus checkout, where the DynamoDB server's Node program lives: {@code stratus.home},
	 * else {@code STRATUS_HOME}, else the nearest folder above the working directory holding it.
	 */
	static Path home() {
		Optional<String> configured = Optional.ofNullable(System.getProperty("stratus.home"))
			.or(() -> Optional.ofNullable(System.getenv("STRATUS_HOME")));
		if (configured.isPresent()) {
			return Path.of(configured.get()).toAbsolutePath().normalize();
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("localcloud/node/dynamodb-server.mjs"))) {
				return dir;
			}
		}
		throw new LocalCloudException("Cannot find the Stratus checkout: run from inside it or set STRATUS_HOME");
	}

}
