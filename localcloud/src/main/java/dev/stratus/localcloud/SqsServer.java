package dev.stratus.localcloud;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.NodeAddress;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import scala.Option;
import scala.collection.immutable.List$;
import scalikejdbc.ConnectionPool;

/**
 * SQS on the wire: ElasticMQ, with redrive policies and dead-letter queues, behind its public port
 * (a {@link Gateway#front}) that turns browsers away. With a data directory, queues and their
 * messages are kept in an H2 database there (ElasticMQ's own SQL store), written before each send,
 * receive or delete is answered, so a crash loses no acknowledged message.
 */
final class SqsServer implements AutoCloseable {

	private static final Duration RESTORE_TIMEOUT = Duration.ofSeconds(30);

	private final ActorSystem system;

	private final SQSRestServer server;

	private final Gateway front;

	private final boolean persistent;

	private SqsServer(ActorSystem system, SQSRestServer server, Gateway front, boolean persistent) {
		this.system = system;
		this.server = server;
		this.front = front;
		this.persistent = persistent;
	}

	static SqsServer start(LocalCloudConfig.Network network, int port, Optional<Path> dataDir) {
		ActorSystem system = ActorSystem.create("elasticmq");
		try {
			Option<ActorRef> store = dataDir.map(dir -> Option.apply(store(system, StateDir.create(dir))))
				.orElse(Option.empty());
			ActorRef queues = system.actorOf(Props.create(QueueManagerActor.class,
					() -> new QueueManagerActor(new NowProvider(), StrictSQSLimits$.MODULE$, store)));
			if (store.isDefined()) {
				restore(store.get(), queues);
			}
			int inner = FreePort.resolve(0, "SQS (behind its gate)");
			SQSRestServer server = SQSRestServerBuilder.withActorSystem(system)
				.withQueueManagerActor(queues)
				.withInterface("127.0.0.1")
				.withPort(inner)
				// Queue URLs name the gated port, the one clients know.
				.withServerAddress(new NodeAddress("http", network.connectHost(), port, ""))
				.start();
			server.waitUntilStarted();
			Gateway front = Gateway.front("sqs", network, port, URI.create("http://127.0.0.1:" + inner));
			return new SqsServer(system, server, front, store.isDefined());
		}
		catch (RuntimeException ex) {
			system.terminate();
			if (dataDir.isPresent()) {
				ConnectionPool.closeAll();
			}
			throw ex instanceof LocalCloudException ? ex
					: new LocalCloudException("The SQS server failed to start", ex);
		}
	}

	/**
	 * ElasticMQ opens its database through scalikejdbc's one JVM-wide pool, set once; it is pointed
	 * here at every start, so a restart in the same JVM, or on another data directory, finds its own.
	 * Hence one local cloud with a data directory per JVM at a time (the app starts one).
	 */
	private static ActorRef store(ActorSystem system, Path dir) {
		// Closed by close(), not by H2's own shutdown hook: that one would close it while the app,
		// stopping gracefully, still answers requests and its workers still settle messages.
		String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("queues") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
		var settings = ConnectionPool.singleton$default$4();
		ConnectionPool.singleton(url, "", "", settings, ConnectionPool.singleton$default$5(url, "", "", settings));
		var config = new SqlQueuePersistenceConfig(true, "org.h2.Driver", url, "", "", false);
		return system.actorOf(Props.create(SqlQueuePersistenceActor.class,
				() -> new SqlQueuePersistenceActor(config, List$.MODULE$.empty())));
	}

	private static void restore(ActorRef store, ActorRef queues) {
		Object result;
		try {
			result = Patterns.ask(store, new QueueEvent.Restore(queues), RESTORE_TIMEOUT)
				.toCompletableFuture()
				.get(RESTORE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new LocalCloudException("The SQS server could not read back its queues", ex);
		}
		if (result instanceof scala.util.Left<?, ?> errors) {
			throw new LocalCloudException("The SQS server could not read back its queues: " + errors.value());
		}
	}

	URI endpoint() {
		return front.endpoint();
	}

	@Override
	public void close() {
		front.close();
		server.stopAndWait();
		system.terminate();
		try {
			system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new LocalCloudException("The SQS server did not stop cleanly", ex);
		}
		finally {
			if (persistent) {
				// Closes the database, so the next start (in this JVM or another) opens it afresh.
				ConnectionPool.closeAll();
			}
		}
	}

}
