package dev.stratus.platform.workflow;

import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.platform.web.PageTokens;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The local side: the job runs executions in the app ({@link ExecutionRunner}); reads come from its table. */
final class InAppExecutions implements ExecutionBackend {

	private final ExecutionRunner runner;

	private final DynamoExecutionStore store;

	private final PageTokens pageTokens;

	InAppExecutions(ExecutionRunner runner, DynamoExecutionStore store, PageTokens pageTokens) {
		this.runner = runner;
		this.store = store;
		this.pageTokens = pageTokens;
	}

	@Override
	public JobHandler<ExecutionRef> delivery() {
		return runner;
	}

	@Override
	public Optional<Execution> find(String workflow, String executionId) {
		return store.load(executionId)
			.filter(execution -> execution.workflow().equals(workflow))
			.map(ExecutionRecord::toExecution);
	}

	@Override
	public Page<ExecutionSummary> list(String workflow, @Nullable ExecutionStatus status, int limit,
			@Nullable String nextToken) {
		String scope = "workflow-executions|" + workflow + "|" + (status == null ? "" : status.name());
		Map<String, AttributeValue> start = nextToken == null ? null : pageTokens.read(nextToken, scope);
		DynamoExecutionStore.ExecutionPage page = store.list(workflow, status, limit, start);
		return new Page<>(page.items(), page.lastKey() == null ? null : pageTokens.issue(page.lastKey(), scope));
	}

}
