package dev.stratus.platform.jobs;

import dev.stratus.platform.cloud.CloudResources;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Makes a module's declared {@link Job} a {@link JobPipeline}. The module returns the pipeline as a
 * bean, so Spring starts and stops it and the module's services can nudge it; the job's queue is a
 * {@code QueueSpec} bean of its own ({@link JobSettings#queue}), so that the platform provisions it.
 */
@Component
public class JobPipelines {

	private final SqsClient sqs;

	private final DynamoDbClient dynamo;

	private final CloudResources resources;

	private final AdminAlerts alerts;

	JobPipelines(SqsClient sqs, DynamoDbClient dynamo, CloudResources resources, AdminAlerts alerts) {
		this.sqs = sqs;
		this.dynamo = dynamo;
		this.resources = resources;
		this.alerts = alerts;
	}

	public <M> JobPipeline<M> create(Job<M> job) {
		String table = resources.tableName(job.spec().table());
		JobQueue<M> queue = new JobQueue<>(sqs, resources, job.settings().queue(job.name()), job.spec().subject());
		return new JobPipeline<>(job, queue, new Outbox(dynamo, table, job.spec()),
				new DeadLetterStore(dynamo, table, job.spec()), alerts);
	}

}
