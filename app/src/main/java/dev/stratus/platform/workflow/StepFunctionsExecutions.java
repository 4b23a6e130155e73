package dev.stratus.platform.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.platform.web.PageTokens;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;

/**
 * The AWS side: starts go to EventBridge ({@link EventBusStarts}) and executions are read from Step
 * Functions. What connects the two, declared by the deployment (issue #19):
 * <ul>
 * <li>one rule per workflow on the app's bus ({@code STRATUS_WORKFLOWS_EVENT_BUS}), pattern
 * {@code {"source": ["stratus.workflows"], "detail-type": ["WorkflowStartRequested"], "detail":
 * {"workflow": ["<name>"]}}};</li>
 * <li>its target, the starter: an Express state machine (the document
 * {@code dev/stratus/platform/workflow/start-execution.asl.json}) whose one Task calls
 * {@code StartExecution}, with the input transformer {@code InputPathsMap {"executionId":
 * "$.detail.executionId", "input": "$.detail.input"}}, {@code InputTemplate {"StateMachineArn":
 * "<arn of the workflow's state machine>", "Name": <executionId>, "Input": <input>}}, a retry policy
 * and a dead-letter queue.</li>
 * </ul>
 * An EventBridge target cannot name the execution it starts; the starter can, so every execution is
 * named after its execution id and its ARN follows from the id ({@link StateMachines}): a read is one
 * {@code DescribeExecution}, plus the history's pages for the steps. An execution the app started
 * whose Step Functions execution does not exist yet (its event still on the way) reads from the item
 * written at start: RUNNING, without steps.
 * <p>
 * {@code ListExecutions} gives neither input, output nor error, so a listed page describes each of its
 * executions, a few at a time. Its {@code FAILED} filter is Step Functions' own: timed-out and
 * aborted executions list as FAILED without a filter, but not under it.
 */
final class StepFunctionsExecutions implements ExecutionBackend, AutoCloseable {

	/** How many executions of a listed page are described at once. */
	private static final int DESCRIBERS = 8;

	private final SfnClient sfn;

	private final EventBusStarts starts;

	private final StateMachines machines;

	private final ExecutionStore store;

	private final PageTokens pageTokens;

	private final ExecutorService describers = Executors.newFixedThreadPool(DESCRIBERS, runnable -> {
		Thread thread = new Thread(runnable, "workflow-describe");
		thread.setDaemon(true);
		return thread;
	});

	StepFunctionsExecutions(SfnClient sfn, EventBusStarts starts, StateMachines machines, ExecutionStore store,
			PageTokens pageTokens) {
		this.sfn = sfn;
		this.starts = starts;
		this.machines = machines;
		this.store = store;
		this.pageTokens = pageTokens;
	}

	@Override
	public JobHandler<ExecutionRef> delivery() {
		return starts;
	}

	@Override
	public Optional<Execution> find(String workflow, String executionId) {
		String arn = machines.executionArn(workflow, executionId);
		DescribeExecutionResponse described;
		try {
			described = sfn.describeExecution(b -> b.executionArn(arn));
		}
		catch (ExecutionDoesNotExistException notYet) {
			return store.load(executionId)
				.filter(execution -> execution.workflow().equals(workflow))
				.map(ExecutionRecord::toExecution);
		}
		List<HistoryEvent> events = new ArrayList<>();
		sfn.getExecutionHistoryPaginator(b -> b.executionArn(arn).maxResults(1000)).events().forEach(events::add);
		ExecutionSummary summary = summary(workflow, described);
		return Optional.of(new Execution(summary.executionId(), workflow, summary.status(), summary.input(),
				summary.output(), summary.error(), summary.startedAt(), summary.stoppedAt(),
				ExecutionHistory.steps(events)));
	}

	@Override
	public Page<ExecutionSummary> list(String workflow, @Nullable ExecutionStatus status, int limit,
			@Nullable String nextToken) {
		String scope = "workflow-executions-sfn|" + workflow + "|" + (status == null ? "" : status.name());
		String from = nextToken == null ? null : Attributes.str(pageTokens.read(nextToken, scope), "nextToken");
		ListExecutionsResponse page;
		try {
			page = sfn.listExecutions(b -> b.stateMachineArn(machines.stateMachineArn(workflow))
				.statusFilter(status == null ? null : status.name())
				.maxResults(limit)
				.nextToken(from));
		}
		catch (InvalidTokenException expired) {
			// Step Functions' tokens last 24 hours.
			throw new InvalidInput("nextToken", "has expired; start again without it");
		}
		List<ExecutionSummary> items = describeAll(workflow, page.executions());
		String next = page.nextToken() == null ? null
				: pageTokens.issue(Map.of("nextToken", Attributes.s(page.nextToken())), scope);
		return new Page<>(items, next);
	}

	private List<ExecutionSummary> describeAll(String workflow, List<ExecutionListItem> listed) {
		List<CompletableFuture<ExecutionSummary>> described = listed.stream()
			.map(item -> CompletableFuture.supplyAsync(
					() -> summary(workflow, sfn.describeExecution(b -> b.executionArn(item.executionArn()))),
					describers))
			.toList();
		try {
			return described.stream().map(CompletableFuture::join).toList();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	/** An execution as {@code DescribeExecution} has it, by the engine's statuses. */
	static ExecutionSummary summary(String workflow, DescribeExecutionResponse described) {
		ExecutionStatus status = switch (described.status()) {
			case SUCCEEDED -> ExecutionStatus.SUCCEEDED;
			case FAILED, TIMED_OUT, ABORTED -> ExecutionStatus.FAILED;
			// RUNNING, and PENDING_REDRIVE: a failed execution that a redrive is about to run again.
			default -> ExecutionStatus.RUNNING;
		};
		ExecutionError error = switch (described.status()) {
			case FAILED -> ExecutionHistory.error(described.error(), described.cause());
			case TIMED_OUT -> ExecutionHistory.timeout(described.error(), described.cause());
			case ABORTED -> ExecutionHistory.aborted(described.error(), described.cause());
			default -> null;
		};
		return new ExecutionSummary(described.name(), workflow, status, ExecutionHistory.json(described.input()),
				status == ExecutionStatus.SUCCEEDED ? ExecutionHistory.json(described.output()) : null, error,
				described.startDate(), described.stopDate());
	}

	@Override
	public void close() {
		describers.shutdownNow();
		sfn.close();
		starts.close();
	}

}
