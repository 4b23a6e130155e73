package dev.stratus.platform.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import dev.stratus.platform.dynamo.Attributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AWS side of the event-bus port: the job's delivery of a start publishes it to EventBridge
 * instead of running it. The event is source {@value #SOURCE}, detail-type {@value #DETAIL_TYPE},
 * detail {@code {"workflow", "executionId", "input"}}; a rule hands it to Step Functions (see
 * {@link StepFunctionsExecutions}). Once EventBridge has accepted it, the execution's item leaves
 * the sweep. A start published twice (a duplicate message, or a crash before the item was marked) is
 * harmless: the starter's {@code StartExecution} with the same name and input returns the running
 * execution, and an already finished one is reported as existing, which the starter treats as done.
 */
final class EventBusStarts extends ExecutionDelivery implements AutoCloseable {

	static final String SOURCE = "stratus.workflows";

	static final String DETAIL_TYPE = "WorkflowStartRequested";

	private static final Logger log = LoggerFactory.getLogger(EventBusStarts.class);

	private final EventBridgeClient events;

	private final String eventBus;

	private final Clock clock;

	EventBusStarts(EventBridgeClient events, String eventBus, DynamoExecutionStore store, Clock clock) {
		super(store);
		this.events = events;
		this.eventBus = eventBus;
		this.clock = clock;
	}

	@Override
	public Outcome handle(ExecutionRef ref, Attempt attempt) {
		Map<String, AttributeValue> item = store.item(ref.id());
		if (item == null || item.containsKey("publishedAt")) {
			return Outcome.DONE;
		}
		Instant now = clock.instant();
		try {
			publish(ref, item);
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("executionId", ref.id())
				.addKeyValue("receiveCount", attempt.receiveCount())
				.log("Execution start not published; the queue retries: {}: {}", ex.getClass().getSimpleName(),
						ex.getMessage());
			store.publishFailed(ref.id(), ex.getClass().getSimpleName() + ": " + ex.getMessage(), now,
					clock.instant().plus(attempt.retryDelay()));
			return Outcome.FAILED;
		}
		store.published(ref.id(), clock.instant());
		log.atInfo()
			.addKeyValue("executionId", ref.id())
			.addKeyValue("workflow", Attributes.str(item, "workflow"))
			.addKeyValue("eventBus", eventBus)
			.log("Execution start published");
		return Outcome.DONE;
	}

	private void publish(ExecutionRef ref, Map<String, AttributeValue> item) {
		ObjectNode detail = JsonNodeFactory.instance.objectNode()
			.put("workflow", Attributes.str(item, "workflow"))
			.put("executionId", ref.id())
			.set("input", JsonPaths.JSON.readTree(Attributes.str(item, "input")));
		PutEventsResponse response = events.putEvents(b -> b.entries(PutEventsRequestEntry.builder()
			.eventBusName(eventBus)
			.source(SOURCE)
			.detailType(DETAIL_TYPE)
			.detail(detail.toString())
			.build()));
		if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
			PutEventsResultEntry refused = response.entries().get(0);
			throw new IllegalStateException("EventBridge refused the event: " + refused.errorCode() + ": "
					+ refused.errorMessage());
		}
	}

	@Override
	public Standing standing(ExecutionRef ref) {
		Map<String, AttributeValue> item = store.item(ref.id());
		if (item == null) {
			return new Standing.Gone();
		}
		if (item.containsKey("publishedAt")) {
			return new Standing.Settled();
		}
		return failing(item);
	}

	@Override
	public void close() {
		events.close();
	}

}
