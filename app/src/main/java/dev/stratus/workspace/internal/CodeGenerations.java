package dev.stratus.workspace.internal;

import java.time.Instant;

import dev.stratus.platform.jobs.JobPipeline;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** What the generations service needs of the job: its outbox entry, and a nudge once it is written. */
@Component
public class CodeGenerations {

	private final JobPipeline<GenerationRef> codeGenerationPipeline;

	private final String table;

	CodeGenerations(JobPipeline<GenerationRef> codeGenerationPipeline, ProjectTable projects) {
		this.codeGenerationPipeline = codeGenerationPipeline;
		this.table = projects.name();
	}

	/** The job's outbox entry, for the transaction that queues the generation. */
	public TransactWriteItem outboxEntry(String projectId, String generationId, Instant now) {
		return CodeGenerationJob.GENERATIONS.outboxEntry(table, new GenerationRef(projectId, generationId), now);
	}

	/** Starts the generation now rather than at the relay's next look. */
	public void nudge() {
		codeGenerationPipeline.nudge();
	}

	/** The running job, for tests that drive or watch it. */
	public JobPipeline<GenerationRef> pipeline() {
		return codeGenerationPipeline;
	}

}
