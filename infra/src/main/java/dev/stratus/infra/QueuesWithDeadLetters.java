package dev.stratus.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.sqs.QueueProps;
import software.constructs.Construct;

/**
 * A declared queue and its dead-letter queue, both encrypted and TLS only, with the declared redrive. On AWS
 * the queue feeds a Lambda function, so it stays hidden at least six times the function's timeout (AWS's advice
 * for SQS event sources, 180 s: the README's value for orders on AWS), however short it is locally.
 */
final class QueuesWithDeadLetters {

	/** The timeout of every queue worker function. */
	static final Duration WORKER_TIMEOUT = Duration.seconds(30);

	private static final int WORKER_TIMEOUTS_PER_VISIBILITY = 6;

	private QueuesWithDeadLetters() {
	}

	/** The queue; its dead-letter queue is {@code queue.getDeadLetterQueue().getQueue()}. */
	static Queue create(Construct scope, Declarations.Queue declared) {
		Queue deadLetters = new Queue(scope, id(declared.deadLetterQueue()), secure(declared.deadLetterQueue())
			.retentionPeriod(Duration.days(14))
			.build());
		return new Queue(scope, id(declared.name()), secure(declared.name())
			.visibilityTimeout(Duration.seconds(visibilitySeconds(declared)))
			.deadLetterQueue(DeadLetterQueue.builder()
				.queue(deadLetters)
				.maxReceiveCount(declared.maxReceiveCount())
				.build())
			.build());
	}

	static int visibilitySeconds(Declarations.Queue declared) {
		return Math.max(declared.visibilityTimeoutSeconds(),
				(int) WORKER_TIMEOUT.toSeconds().doubleValue() * WORKER_TIMEOUTS_PER_VISIBILITY);
	}

	private static QueueProps.Builder secure(String name) {
		return QueueProps.builder()
			.queueName(Names.physical(name))
			.encryption(QueueEncryption.SQS_MANAGED)
			.enforceSsl(true);
	}

	private static String id(String name) {
		return Names.pascal(name) + "Queue";
	}

}
