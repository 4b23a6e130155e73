package dev.stratus.platform.workflow;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What {@link Workflow#start} did: started an execution, or nothing because a caller's condition failed. */
public sealed interface StartResult {

	/** The execution is written, readable and on its way. */
	record Started(String executionId) implements StartResult {
	}

	/**
	 * Nothing was written: the condition of the caller's write under {@code label} failed, say an
	 * idempotency key already taken.
	 * @param item the item as it was, if the write asked for it ({@code ReturnValuesOnConditionCheckFailure.ALL_OLD})
	 */
	record Refused(String label, @Nullable Map<String, AttributeValue> item) implements StartResult {
	}

}
