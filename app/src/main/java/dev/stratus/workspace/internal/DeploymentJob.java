package dev.stratus.workspace.internal;

import java.time.Duration;
import java.util.List;

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
 * Deployments, a platform job: a deployment request writes its outbox entry, the queue {@code deployments} carries
 * {@code {"deploymentId": "<projectId>/<deploymentId>"}} and {@link DeploymentLauncher} hands the generation's
 * archive to the deployment target. Settings ({@code stratus.workspace.deployments.*}): a visibility timeout of
 * 60 s, back-off {@code 2s,10s}, a sweep every 30 s of queued deployments more than 60 s overdue.
 */
@Configuration(proxyBeanMethods = false)
class DeploymentJob {

	static final JobSpec<DeploymentRef> DEPLOYMENTS = JobSpec.of("deployments",
			new Subject<>("deployment", DeploymentRef::text, DeploymentRef::parse), WorkspaceResources.TABLE);

	@Bean
	JobSettings deploymentSettings(
			@Value("${stratus.workspace.deployments.visibility-timeout-seconds:60}") int visibilityTimeoutSeconds,
			@Value("${stratus.workspace.deployments.workers:2}") int workers,
			@Value("${stratus.workspace.deployments.retry-delays:2s,10s}") List<Duration> retryDelays,
			@Value("${stratus.workspace.deployments.sweep-interval:30s}") Duration sweepInterval,
			@Value("${stratus.workspace.deployments.sweep-after:60s}") Duration sweepAfter) {
		return new JobSettings(visibilityTimeoutSeconds, 1, workers, Duration.ofMillis(500), retryDelays,
				sweepInterval, sweepAfter);
	}

	@Bean
	QueueSpec deploymentsQueue(JobSettings deploymentSettings) {
		return deploymentSettings.queue(DEPLOYMENTS.name());
	}

	@Bean
	JobPipeline<DeploymentRef> deploymentPipeline(JobPipelines pipelines, JobSettings deploymentSettings,
			DeploymentLauncher launcher) {
		return pipelines.create(new Job<>(DEPLOYMENTS, deploymentSettings, launcher, launcher));
	}

}
