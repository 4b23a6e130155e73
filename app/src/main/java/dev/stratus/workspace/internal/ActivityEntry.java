package dev.stratus.workspace.internal;

import java.util.Map;

import dev.stratus.workspace.Activity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * What recording one activity writes, by label, for the transaction of the change it records: the
 * entry itself and whatever must happen because of it, so that neither the change nor its entry can be
 * written without the other.
 */
public record ActivityEntry(Activity activity, Map<String, TransactWriteItem> writes) {

	public ActivityEntry {
		writes = Map.copyOf(writes);
	}

}
