package dev.stratus.platform.workflow;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.jobs.JobPipeline;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A declared workflow: start executions of it, read one, list them. Made by {@link Workflows#declare}.
 */
public final class Workflow {

	private static final Logger log = LoggerFactory.getLogger(Workflow.class);

	/** The most executions one page lists. */
	public static final int MAX_PAGE = 100;

	private final String name;

	private final JsonNode document;

	private final Definition definition;

	private final DynamoExecutionStore store;

	private final JobPipeline<ExecutionRef> pipeline;

	private final ExecutionBackend backend;

	private final Clock clock;

	Workflow(String name, JsonNode document, Definition definition, DynamoExecutionStore store,
			JobPipeline<ExecutionRef> pipeline, ExecutionBackend backend, Clock clock) {
		this.name = name;
		this.document = document;
		this.definition = definition;
		this.store = store;
		this.pipeline = pipeline;
		this.backend = backend;
		this.clock = clock;
	}

	public String name() {
		return name;
	}

	/** The ASL document as the repository has it, placeholders included (a copy). */
	public JsonNode document() {
		return document.deepCopy();
	}

	/**
	 * Starts an execution: it, its outbox entry and the caller's writes are one DynamoDB transaction,
	 * so the execution is readable when this returns and its start survives a crash right after. The
	 * job {@code workflows} then runs it here, or on AWS publishes it to EventBridge for Step Functions.
	 * @param alsoWrite the caller's writes, each under a label (say an idempotency key); labels
	 * starting {@code workflow-} are the engine's
	 * @return {@code Started}, or {@code Refused} naming the caller's write whose condition failed
	 * (nothing was written)
	 */
	public StartResult start(JsonNode input, LabelledWrites alsoWrite) {
		return start(newExecutionId(), input, alsoWrite);
	}

	/**
	 * As {@link #start(JsonNode, LabelledWrites)}, under an id the caller drew before with
	 * {@link #newExecutionId()}, so that its own writes in the same transaction can name the
	 * execution (an idempotency key's answer, say).
	 * @throws IllegalArgumentException when {@code executionId} is not one {@link #newExecutionId()} makes
	 */
	public StartResult start(String executionId, JsonNode input, LabelledWrites alsoWrite) {
		if (ExecutionRef.parse(executionId).isEmpty()) {
			throw new IllegalArgumentException("Not an execution id: " + executionId);
		}
		ExecutionRecord execution = ExecutionRecord.started(executionId, name, input, definition.startAt(),
				clock.instant());
		StartResult result = store.start(execution, alsoWrite);
		if (result instanceof StartResult.Started) {
			pipeline.nudge();
			log.atInfo()
				.addKeyValue("workflow", name)
				.addKeyValue("executionId", execution.id())
				.log("Execution started");
		}
		return result;
	}

	/** A fresh execution id, for {@link #start(String, JsonNode, LabelledWrites)}. */
	public String newExecutionId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * The execution with its steps; empty when there is none of this workflow. On AWS, read from Step
	 * Functions; one whose start is still on its way there reads RUNNING without steps.
	 */
	public Optional<Execution> find(String executionId) {
		if (ExecutionRef.parse(executionId).isEmpty()) {
			return Optional.empty();
		}
		return backend.find(name, executionId);
	}

	/**
	 * Executions newest first, without their steps.
	 * @param status only those in this status; null for all
	 * @param limit 1 to {@link #MAX_PAGE}
	 * @param nextToken from the previous page of the same query
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when it is not a token of
	 * this query
	 */
	public Page<ExecutionSummary> list(@Nullable ExecutionStatus status, int limit, @Nullable String nextToken) {
		if (limit < 1 || limit > MAX_PAGE) {
			throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE + ": " + limit);
		}
		return backend.list(name, status, limit, nextToken);
	}

}
