package dev.stratus.platform.dynamo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The writes of one {@code TransactWriteItems}, each under a label, so that a cancellation is read
 * by what failed ("stock", "idempotency key") rather than by position: positions shift as soon as
 * one write is optional, and a shifted index reads the wrong reason without any error.
 */
public final class LabelledWrites {

	private final List<TransactWriteItem> writes = new ArrayList<>();

	private final Map<String, Integer> positions = new HashMap<>();

	public LabelledWrites add(String label, TransactWriteItem write) {
		if (positions.putIfAbsent(label, writes.size()) != null) {
			throw new IllegalArgumentException("Two writes labelled " + label);
		}
		writes.add(write);
		return this;
	}

	/** Each of {@code labelled} under its label: the writes another part of the code contributes as one. */
	public LabelledWrites addAll(Map<String, TransactWriteItem> labelled) {
		labelled.forEach(this::add);
		return this;
	}

	/** For {@code transactWriteItems(b -> b.transactItems(writes.items()))}. */
	public List<TransactWriteItem> items() {
		return List.copyOf(writes);
	}

	/** The reasons of a cancelled transaction of these writes, by label. */
	public Cancellation reasons(TransactionCanceledException cancelled) {
		Map<String, CancellationReason> byLabel = new HashMap<>();
		List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons()
				: List.of();
		positions.forEach((label, position) -> {
			if (position < reasons.size()) {
				byLabel.put(label, reasons.get(position));
			}
		});
		return new Cancellation(byLabel);
	}

	/** Why a transaction was cancelled, write by write. */
	public record Cancellation(Map<String, CancellationReason> byLabel) {

		/** Whether the labelled write's condition failed; false for a label the transaction lacked. */
		public boolean conditionFailed(String label) {
			CancellationReason reason = byLabel.get(label);
			return reason != null && "ConditionalCheckFailed".equals(reason.code());
		}

		/**
		 * The item as it was when the labelled write's condition failed, if the write asked for it
		 * ({@code ReturnValuesOnConditionCheckFailure.ALL_OLD}) and it existed; else {@code null}.
		 */
		public @Nullable Map<String, AttributeValue> item(String label) {
			CancellationReason reason = byLabel.get(label);
			return reason != null && reason.hasItem() ? reason.item() : null;
		}

		/** Another transaction held one of the items (real DynamoDB only): worth trying again. */
		public boolean contended() {
			return byLabel.values().stream().anyMatch(reason -> "TransactionConflict".equals(reason.code()));
		}

	}

}
