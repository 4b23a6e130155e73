package dev.stratus.localcloud;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * SQS on the wire: ElasticMQ, with redrive policies and dead-letter queues, behind a {@link SqsFront}
 * that turns browsers away. It keeps messages in memory; what a restart drops, the senders'
 * outboxes send again (see the inventory pipeline).
 */
final class SqsServer implements AutoCloseable {

	private final ActorSystem system;

	private final SQSRestServer server;

	private final SqsFront front;

	private SqsServer(ActorSystem system, SQSRestServer server, SqsFront front) {
		this.system = system;
		this.server = server;
		this.front = front;
	}

	static SqsServer start(LocalCloudConfig.Network network, int port) {
		ActorSystem system = ActorSystem.create("elasticmq");
		try {
			int inner = FreePort.resolve(0, "SQS (behind its gate)");
			SQSRestServer server = SQSRestServerBuilder.withActorSystem(system)
				.withInterface("127.0.0.1")
				.withPort(inner)
				// Queue URLs name the gated port, the one clients know.
				.withServerAddress(new NodeAddress("http", network.connectHost(), port, ""))
				.start();
			server.waitUntilStarted();
			SqsFront front = SqsFront.start(system, network, port, inner);
			return new SqsServer(system, server, front);
		}
		catch (RuntimeException ex) {
			system.terminate();
			throw ex instanceof LocalCloudException ? ex : new LocalCloudException("The SQS server failed to start", ex);
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
	}

}
