package dev.stratus.platform.workflow;

import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.jobs.JobHandler;
import org.jspecify.annotations.Nullable;

/**
 * The port between a {@link Workflow} and where its executions run, chosen by mode in
 * {@link ExecutionBackends}: in the app ({@link InAppExecutions}) or on Step Functions
 * ({@link StepFunctionsExecutions}). Starting is the same for both: {@link Workflow#start} writes the
 * execution's item and its outbox entry in one transaction, and the job {@code workflows} hands the
 * start to {@link #delivery()}.
 */
interface ExecutionBackend {

	/** What the job does with a start: run the execution here, or publish it to the event bus. */
	JobHandler<ExecutionRef> delivery();

	/**
	 * The execution with its steps.
	 * @param executionId a UUID
	 * @return empty when there is none of this workflow
	 */
	Optional<Execution> find(String workflow, String executionId);

	/** One page of the workflow's executions, newest first, without their steps (see {@link Workflow#list}). */
	Page<ExecutionSummary> list(String workflow, @Nullable ExecutionStatus status, int limit,
			@Nullable String nextToken);

}
