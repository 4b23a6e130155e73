package dev.stratus.localcloud;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local cloud: DynamoDB, SQS, S3 and mail, started together and stopped together. Services
 * start in order and, when one fails, those already running are stopped again so no port or child
 * process is left behind.
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
	 * Starts every service and returns once all of them accept requests.
	 * @throws LocalCloudException when a service cannot start; nothing is left running then
	 */
	public static LocalCloud start(LocalCloudConfig config) {
		long started = System.nanoTime();
		Deque<AutoCloseable> running = new ArrayDeque<>();
		try {
			var ports = config.ports();
			DynamoDbServer dynamodb = DynamoDbServer.start(home(), FreePort.resolve(ports.dynamodb(), "DynamoDB"),
					config.dir("dynamodb"));
			running.push(dynamodb);
			SqsServer sqs = SqsServer.start(FreePort.resolve(ports.sqs(), "SQS"));
			running.push(sqs);
			S3Server s3 = S3Server.start(FreePort.resolve(ports.s3(), "S3"), config.dir("s3"));
			running.push(s3);
			MailServer mail = MailServer.start(FreePort.resolve(ports.smtp(), "SMTP"),
					FreePort.resolve(ports.imap(), "IMAP"));
			running.push(mail);
			var endpoints = new Endpoints(dynamodb.endpoint(), sqs.endpoint(), s3.endpoint(), MailServer.HOST,
					mail.smtpPort(), mail.imapPort());
			log.info("Local cloud started in {} ms: {}", (System.nanoTime() - started) / 1_000_000, endpoints.format());
			return new LocalCloud(running, endpoints);
		}
		catch (RuntimeException ex) {
			closeAll(running);
			throw ex;
		}
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
