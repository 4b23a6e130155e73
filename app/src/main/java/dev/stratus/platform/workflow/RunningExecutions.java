package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.List;

import dev.stratus.platform.jobs.Sweep;
import org.springframework.stereotype.Component;

/**
 * The sweep's view of the executions: running ones, not dead-lettered, that nobody has worked on
 * since their due time (their start, the end of a claim whose holder died, the end of a sleep whose
 * wake-up was lost with a restart). One query per declared workflow, of its running executions.
 */
@Component
class RunningExecutions implements Sweep<ExecutionRef> {

	private final DynamoExecutionStore store;

	private final WorkflowRegistry registry;

	RunningExecutions(DynamoExecutionStore store, WorkflowRegistry registry) {
		this.store = store;
		this.registry = registry;
	}

	@Override
	public List<ExecutionRef> overdue(Instant cutoff) {
		return registry.names()
			.stream()
			.flatMap(workflow -> store.overdue(workflow, cutoff).stream())
			.map(ExecutionRef::new)
			.toList();
	}

	@Override
	public void resent(ExecutionRef execution, Instant now) {
		store.resent(execution.id(), now);
	}

}
