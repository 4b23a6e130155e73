package dev.stratus.localcloud;

import java.net.URI;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * SQS on the wire: ElasticMQ, with redrive policies and dead-letter queues. It keeps messages in
 * memory; what a restart drops, the senders' outboxes send again (see the inventory pipeline).
 */
final class SqsServer implements AutoCloseable {

	private final SQSRestServer server;

	private final int port;

	private SqsServer(SQSRestServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static SqsServer start(int port) {
		SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1")
			.withPort(port)
			.withServerAddress(new org.elasticmq.NodeAddress("http", "127.0.0.1", port, ""))
			.start();
		server.waitUntilStarted();
		return new SqsServer(server, port);
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + port);
	}

	@Override
	public void close() {
		server.stopAndWait();
	}

}
