package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.Map;

import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.jobs.JobHandler;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What both deliveries of a start share, running it here ({@link ExecutionRunner}) or publishing it
 * ({@link EventBusStarts}): dead letters park and restart the execution's item, and a failing one is
 * described by the failed deliveries noted on it.
 */
abstract class ExecutionDelivery implements JobHandler<ExecutionRef> {

	final DynamoExecutionStore store;

	ExecutionDelivery(DynamoExecutionStore store) {
		this.store = store;
	}

	static Standing.Failing failing(Map<String, AttributeValue> item) {
		return new Standing.Failing(Attributes.num(item, "failedDeliveries"),
				Attributes.optInstant(item, "firstFailedAt"), Attributes.optStr(item, "lastError"));
	}

	@Override
	public void park(ExecutionRef ref) {
		store.park(ref.id());
	}

	@Override
	public void restart(ExecutionRef ref, Instant now) {
		store.restart(ref.id(), now);
	}

}
