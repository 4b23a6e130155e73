package dev.stratus.workspace.internal;

import java.time.Instant;

import dev.stratus.platform.jobs.JobPipeline;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** What the project service needs of the deletion job: its outbox entry, and a nudge once it is written. */
@Component
public class ProjectDeletions {

	private final JobPipeline<String> projectDeletionPipeline;

	private final String table;

	ProjectDeletions(JobPipeline<String> projectDeletionPipeline, ProjectTable projects) {
		this.projectDeletionPipeline = projectDeletionPipeline;
		this.table = projects.name();
	}

	/** The job's outbox entry, for the transaction that marks the project as being deleted. */
	public TransactWriteItem outboxEntry(String projectId, Instant now) {
		return ProjectDeletionJob.DELETIONS.outboxEntry(table, projectId, now);
	}

	/** Starts the deletion now rather than at the relay's next look. */
	public void nudge() {
		projectDeletionPipeline.nudge();
	}

	/** The running job, for tests that drive or watch it. */
	public JobPipeline<String> pipeline() {
		return projectDeletionPipeline;
	}

}
