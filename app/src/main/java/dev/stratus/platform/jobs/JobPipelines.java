package dev.stratus.platform.jobs;

import java.time.Clock;
import java.util.List;

import dev.stratus.platform.StratusProperties;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.QueueSpec;
import dev.stratus.platform.dynamo.QueryPages;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Makes a module's declared {@link Job} a {@link JobPipeline}. The module returns the pipeline as a
 * bean, so Spring starts and stops it and the module's services can nudge it; the job's queue is a
 * {@code QueueSpec} bean of its own ({@link JobSettings#queue}), so that the platform provisions it.
 * This is the one place that decides whether the jobs' background loops run ({@code STRATUS_RUNTIME}).
 */
@Component
public class JobPipelines {

	private final SqsClient sqs;

	private final DynamoDbClient dynamo;

	private final CloudResources resources;

	private final AdminAlerts alerts;

	private final List<QueueSpec> declaredQueues;

	private final QueryPages pages;

	private final Clock clock;

	private final boolean loops;

	JobPipelines(SqsClient sqs, DynamoDbClient dynamo, CloudResources resources, AdminAlerts alerts,
			List<QueueSpec> declaredQueues, QueryPages pages, Clock clock, StratusProperties settings) {
		this.loops = settings.runsBackgroundLoops();
		this.sqs = sqs;
		this.dynamo = dynamo;
		this.resources = resources;
		this.alerts = alerts;
		this.declaredQueues = List.copyOf(declaredQueues);
		this.pages = pages;
		this.clock = clock;
	}

	/** @throws IllegalStateException when the module has not declared the job's queue as a bean */
	public <M> JobPipeline<M> create(Job<M> job) {
		QueueSpec queueSpec = job.settings().queue(job.name());
		if (!declaredQueues.contains(queueSpec)) {
			// Undeclared, the queue is neither provisioned nor re-created after a local SQS restart.
			throw new IllegalStateException("Job " + job.name() + " needs its queue as a bean: " + queueSpec);
		}
		String table = resources.tableName(job.spec().table());
		JobQueue<M> queue = new JobQueue<>(sqs, resources, queueSpec, job.spec().subject());
		return new JobPipeline<>(job, queue, new Outbox(dynamo, table, job.spec()),
				new DeadLetterStore(dynamo, table, job.spec(), pages), alerts, clock, loops);
	}

}
