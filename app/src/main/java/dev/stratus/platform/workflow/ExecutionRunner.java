package dev.stratus.platform.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.platform.dynamo.Attributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The job's handler: claims the execution its message names and runs it on from its cursor. A
 * duplicate message finds it claimed (BUSY), finished, or asleep (done with: its wake-up comes). An
 * execution that must wait past the claim, or used up the claim's time slice, goes to sleep and is
 * woken by {@link Wakeups}; so a worker is never held longer than one claim.
 */
@Component
class ExecutionRunner extends ExecutionDelivery implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExecutionRunner.class);

	/** Left of a claim when the run stops taking new waits: time to record the last step. */
	private static final Duration MARGIN = Duration.ofSeconds(2);

	private final WorkflowRegistry registry;

	private final Wakeups wakeups;

	private final Clock clock;

	private final TaskInvoker tasks = new TaskInvoker();

	private final Interpreter interpreter;

	ExecutionRunner(DynamoExecutionStore store, WorkflowRegistry registry, Wakeups wakeups, Clock clock) {
		super(store);
		this.registry = registry;
		this.wakeups = wakeups;
		this.clock = clock;
		this.interpreter = new Interpreter(store, tasks, clock, Sleeper.REAL);
	}

	@Override
	public Outcome handle(ExecutionRef ref, Attempt attempt) {
		Optional<ExecutionRecord> found = store.load(ref.id());
		if (found.isEmpty() || found.get().status() != ExecutionStatus.RUNNING) {
			return Outcome.DONE;
		}
		Instant now = clock.instant();
		Instant waitingUntil = found.get().waitingUntil();
		if (waitingUntil != null && now.isBefore(waitingUntil)) {
			// Early (a duplicate): it sleeps on; this makes sure a wake-up is set on this instance.
			wakeups.at(waitingUntil, ref);
			return Outcome.DONE;
		}
		Optional<Definition> definition = registry.definition(found.get().workflow());
		if (definition.isEmpty()) {
			throw new IllegalStateException("No workflow " + found.get().workflow() + " is declared");
		}
		String token = UUID.randomUUID().toString();
		Instant until = now.plus(attempt.claim());
		if (!store.claim(ref.id(), token, now, until)) {
			// The holder's claim ends within one claim from now; hide the message no longer than that.
			return Outcome.busyUntil(until);
		}
		MDC.put("executionId", ref.id());
		try {
			// Read again under the claim: the previous holder may have moved it on meanwhile.
			ExecutionRecord execution = store.load(ref.id()).orElseThrow();
			Instant holdUntil = until.minus(MARGIN).isAfter(now) ? until.minus(MARGIN) : now;
			return settle(ref, token, interpreter.run(definition.get(), execution, token, holdUntil), execution);
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("executionId", ref.id())
				.addKeyValue("receiveCount", attempt.receiveCount())
				.log("Execution not advanced; the queue retries: {}: {}", ex.getClass().getSimpleName(),
						ex.getMessage());
			recordFailure(ref, token, ex, now, attempt);
			return Outcome.FAILED;
		}
		finally {
			MDC.remove("executionId");
		}
	}

	private void recordFailure(ExecutionRef ref, String token, RuntimeException ex, Instant now, Attempt attempt) {
		try {
			store.failed(ref.id(), token, ex.getClass().getSimpleName() + ": " + ex.getMessage(), now,
					clock.instant().plus(attempt.retryDelay()));
		}
		catch (RuntimeException unrecorded) {
			// DynamoDB itself is failing: the claim runs out, and the queue's retry finds it free.
			log.atWarn().addKeyValue("executionId", ref.id()).log("Failure not recorded: {}", unrecorded.getMessage());
		}
	}

	private Outcome settle(ExecutionRef ref, String token, Progress progress, ExecutionRecord execution) {
		switch (progress.kind()) {
			case FINISHED -> log.atInfo()
				.addKeyValue("executionId", ref.id())
				.addKeyValue("workflow", execution.workflow())
				.log("Execution finished");
			case ASLEEP -> {
				Instant wakeAt = progress.wakeAt();
				store.sleep(ref.id(), token, wakeAt);
				wakeups.at(wakeAt, ref);
				log.atDebug().addKeyValue("executionId", ref.id()).addKeyValue("until", wakeAt).log("Execution sleeps");
			}
			case LOST -> log.atInfo()
				.addKeyValue("executionId", ref.id())
				.log("Execution was taken over by another delivery");
		}
		return Outcome.DONE;
	}

	@Override
	public Standing standing(ExecutionRef ref) {
		Map<String, AttributeValue> item = store.item(ref.id());
		if (item == null) {
			return new Standing.Gone();
		}
		Instant now = clock.instant();
		Instant claimedUntil = Attributes.optInstant(item, "claimedUntil");
		Instant waitingUntil = Attributes.optInstant(item, "waitingUntil");
		// A worker still holds it, or it sleeps with a wake-up due: this letter was a duplicate.
		if (!ExecutionStatus.RUNNING.name().equals(Attributes.str(item, "status"))
				|| claimedUntil != null && claimedUntil.isAfter(now)
				|| waitingUntil != null && waitingUntil.isAfter(now)) {
			return new Standing.Settled();
		}
		return failing(item);
	}

	@Override
	public void destroy() {
		tasks.close();
	}

}
