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
 * Code generation, a platform job: a generation request writes its outbox entry, the queue
 * {@code code-generations} carries {@code {"generationId": "<projectId>/<generationId>"}} and
 * {@link CodeGeneration} renders, uploads and completes it, and keeps the sweep's due times. Settings
 * ({@code stratus.workspace.generations.*}): a visibility timeout of 60 s, back-off {@code 2s,10s}, a sweep
 * every 30 s of generations more than 60 s overdue.
 */
@Configuration(proxyBeanMethods = false)
class CodeGenerationJob {

	static final JobSpec<GenerationRef> GENERATIONS = JobSpec.of("code-generations",
			new Subject<>("generation", GenerationRef::text, GenerationRef::parse), WorkspaceResources.TABLE);

	@Bean
	JobSettings codeGenerationSettings(
			@Value("${stratus.workspace.generations.visibility-timeout-seconds:60}") int visibilityTimeoutSeconds,
			@Value("${stratus.workspace.generations.workers:2}") int workers,
			@Value("${stratus.workspace.generations.retry-delays:2s,10s}") List<Duration> retryDelays,
			@Value("${stratus.workspace.generations.sweep-interval:30s}") Duration sweepInterval,
			@Value("${stratus.workspace.generations.sweep-after:60s}") Duration sweepAfter) {
		return new JobSettings(visibilityTimeoutSeconds, 1, workers, Duration.ofMillis(500), retryDelays,
				sweepInterval, sweepAfter);
	}

	@Bean
	QueueSpec codeGenerationsQueue(JobSettings codeGenerationSettings) {
		return codeGenerationSettings.queue(GENERATIONS.name());
	}

	@Bean
	JobPipeline<GenerationRef> codeGenerationPipeline(JobPipelines pipelines, JobSettings codeGenerationSettings,
			CodeGeneration generation) {
		return pipelines.create(new Job<>(GENERATIONS, codeGenerationSettings, generation, generation));
	}

}
