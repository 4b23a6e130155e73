package dev.stratus.workspace.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.platform.cloud.QueueSpec;
import dev.stratus.platform.jobs.Job;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.jobs.JobPipelines;
import dev.stratus.platform.jobs.JobSettings;
import dev.stratus.platform.jobs.JobSpec;
import dev.stratus.platform.jobs.Subject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Project deletion, a platform job: deleting a project writes its outbox entry, the queue
 * {@code project-deletions} carries {@code {"projectId": "..."}} and {@link ProjectDeletion} does the
 * work and keeps the sweep's due times. Settings ({@code stratus.workspace.deletions.*}): a visibility
 * timeout of 60 s (a large project's objects take a while), back-off {@code 5s,30s}, a sweep every
 * 30 s of deletions more than 60 s overdue.
 */
@Configuration(proxyBeanMethods = false)
class ProjectDeletionJob {

	static final JobSpec<String> DELETIONS = JobSpec.of("project-deletions",
			new Subject<>("project", id -> id, ProjectDeletionJob::projectId), WorkspaceResources.TABLE);

	@Bean
	JobSettings projectDeletionSettings(
			@Value("${stratus.workspace.deletions.visibility-timeout-seconds:60}") int visibilityTimeoutSeconds,
			@Value("${stratus.workspace.deletions.workers:2}") int workers,
			@Value("${stratus.workspace.deletions.retry-delays:5s,30s}") List<Duration> retryDelays,
			@Value("${stratus.workspace.deletions.sweep-interval:30s}") Duration sweepInterval,
			@Value("${stratus.workspace.deletions.sweep-after:60s}") Duration sweepAfter) {
		return new JobSettings(visibilityTimeoutSeconds, 1, workers, Duration.ofMillis(500), retryDelays,
				sweepInterval, sweepAfter);
	}

	@Bean
	QueueSpec projectDeletionsQueue(JobSettings projectDeletionSettings) {
		return projectDeletionSettings.queue(DELETIONS.name());
	}

	@Bean
	JobPipeline<String> projectDeletionPipeline(JobPipelines pipelines, JobSettings projectDeletionSettings,
			ProjectDeletion deletion) {
		return pipelines.create(new Job<>(DELETIONS, projectDeletionSettings, deletion, deletion));
	}

	/** A project's id is a UUID; anything else names no project. */
	static Optional<String> projectId(String text) {
		try {
			return Optional.of(UUID.fromString(text).toString()).filter(text::equals);
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
