package dev.stratus.workspace.internal;

import java.time.Instant;

import dev.stratus.platform.jobs.JobPipeline;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** What the deployments service needs of the job: its outbox entry, and a nudge once it is written. */
@Component
public class DeploymentQueue {

	private final JobPipeline<DeploymentRef> deploymentPipeline;

	private final String table;

	DeploymentQueue(JobPipeline<DeploymentRef> deploymentPipeline, ProjectTable projects) {
		this.deploymentPipeline = deploymentPipeline;
		this.table = projects.name();
	}

	/** The job's outbox entry, for the transaction that queues the deployment. */
	public TransactWriteItem outboxEntry(String projectId, String deploymentId, Instant now) {
		return DeploymentJob.DEPLOYMENTS.outboxEntry(table, new DeploymentRef(projectId, deploymentId), now);
	}

	/** Starts the deployment now rather than at the relay's next look. */
	public void nudge() {
		deploymentPipeline.nudge();
	}

}
