package dev.stratus.platform.workflow;

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
 * The engine's platform job: starting an execution writes its outbox entry, the queue
 * {@code workflows} carries {@code {"executionId": "..."}}, the backend's delivery runs or resumes the
 * execution ({@link ExecutionRunner}), or on AWS publishes its start ({@link EventBusStarts}), and
 * {@link RunningExecutions} keeps the sweep's due times. Its settings, each also an
 * environment variable:
 * <ul>
 * <li>{@code STRATUS_WORKFLOWS_VISIBILITY_TIMEOUT} (seconds, default 30): how long a worker holds an
 * execution per delivery (its claim); Waits and retry intervals that end within it are waited out
 * on the worker, longer ones put the execution to sleep.</li>
 * <li>{@code STRATUS_WORKFLOWS_RETRY_DELAYS} (default {@code 5s,30s}): the back-off after a delivery
 * failed for a reason outside the workflow (DynamoDB unreachable); the third failure dead-letters
 * it. A task's own failures are the workflow's {@code Retry}/{@code Catch} business, not these.</li>
 * <li>{@code STRATUS_WORKFLOWS_SWEEP_INTERVAL} (default 10 s) and {@code STRATUS_WORKFLOWS_SWEEP_AFTER}
 * (default 30 s): how often the relay re-sends running executions nobody works on, and when one
 * counts as overdue (after its claim, its sleep, or its last send).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WorkflowPipeline {

	static final JobSpec<ExecutionRef> JOB = JobSpec.of("workflows",
			new Subject<>("execution", ExecutionRef::id, ExecutionRef::parse), WorkflowTable.TABLE);

	/** A bean of its own type, so that no module's {@code JobSettings} injection becomes ambiguous. */
	record Settings(JobSettings job) {
	}

	@Bean
	Settings workflowSettings(
			@Value("${stratus.workflows.visibility-timeout-seconds:${STRATUS_WORKFLOWS_VISIBILITY_TIMEOUT:30}}")
			int visibilityTimeoutSeconds,
			@Value("${stratus.workflows.wait-seconds:1}") int waitSeconds,
			@Value("${stratus.workflows.workers:8}") int workers,
			@Value("${stratus.workflows.relay-interval:500ms}") Duration relayInterval,
			@Value("${stratus.workflows.retry-delays:${STRATUS_WORKFLOWS_RETRY_DELAYS:5s,30s}}")
			List<Duration> retryDelays,
			@Value("${stratus.workflows.sweep-interval:${STRATUS_WORKFLOWS_SWEEP_INTERVAL:10s}}")
			Duration sweepInterval,
			@Value("${stratus.workflows.sweep-after:${STRATUS_WORKFLOWS_SWEEP_AFTER:30s}}") Duration sweepAfter) {
		return new Settings(new JobSettings(visibilityTimeoutSeconds, waitSeconds, workers, relayInterval,
				retryDelays, sweepInterval, sweepAfter));
	}

	@Bean
	QueueSpec workflowsQueue(Settings workflowSettings) {
		return workflowSettings.job().queue(JOB.name());
	}

	@Bean
	JobPipeline<ExecutionRef> workflowJob(JobPipelines pipelines, Settings workflowSettings, ExecutionBackend backend,
			RunningExecutions running) {
		return pipelines.create(new Job<>(JOB, workflowSettings.job(), backend.delivery(), running));
	}

}
