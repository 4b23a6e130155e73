package dev.stratus.workspace.internal.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.jobs.Sweep;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * The fan-outs still to do, for the sweep (the local SQS loses its messages when killed): one small item per entry,
 * written with it and deleted once it is fanned out (or gone), in one of {@link #SHARDS} partitions
 * {@code FANOUT#<n>} so that no single partition takes every write of the workspace. Only pending ones stay, so
 * the sweep's Queries read little.
 */
@Component
public class PendingFanouts implements Sweep<ActivityRef> {

	private static final int SHARDS = 8;

	private final DynamoDbClient dynamo;

	private final String table;

	PendingFanouts(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	/** The put of the entry's pending fan-out, due at {@code at}, for the transaction that writes the entry. */
	public static TransactWriteItem due(String tableName, ActivityRef ref, Instant at) {
		Map<String, AttributeValue> item = new HashMap<>(key(ref));
		item.put("entityType", s("PENDING_FANOUT"));
		item.put("due", time(at));
		return TransactWriteItem.builder().put(put -> put.tableName(tableName).item(item)).build();
	}

	@Override
	public List<ActivityRef> overdue(Instant cutoff) {
		List<ActivityRef> overdue = new ArrayList<>();
		for (int shard = 0; shard < SHARDS; shard++) {
			String partition = "FANOUT#" + shard;
			dynamo
				.queryPaginator(b -> b.tableName(table)
					.keyConditionExpression("PK = :shard")
					.filterExpression("#due < :cutoff AND attribute_not_exists(parked)")
					.expressionAttributeNames(Map.of("#due", "due"))
					.expressionAttributeValues(Map.of(":shard", s(partition), ":cutoff", time(cutoff))))
				.items()
				.forEach(item -> ActivityRef.parse(Attributes.str(item, Attributes.SK)).ifPresent(overdue::add));
		}
		return overdue;
	}

	@Override
	public void resent(ActivityRef ref, Instant now) {
		update(ref, "SET #due = :now", Map.of(":now", time(now)));
	}

	/** Out of the sweep: it waits for an admin's redrive. */
	void park(ActivityRef ref) {
		update(ref, "SET parked = :yes", Map.of(":yes", AttributeValue.fromBool(true)));
	}

	void restart(ActivityRef ref, Instant now) {
		update(ref, "SET #due = :now REMOVE parked", Map.of(":now", time(now)));
	}

	/** Done (or its entry gone): nothing more to sweep. */
	void settled(ActivityRef ref) {
		dynamo.deleteItem(b -> b.tableName(table).key(key(ref)));
	}

	/** Only where it is still pending: a settled one stays deleted. */
	private void update(ActivityRef ref, String expression, Map<String, AttributeValue> values) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(ref))
				.conditionExpression("attribute_exists(PK)")
				.updateExpression(expression)
				.expressionAttributeNames(expression.contains("#due") ? Map.of("#due", "due") : null)
				.expressionAttributeValues(values));
		}
		catch (ConditionalCheckFailedException settled) {
			// Fanned out meanwhile.
		}
	}

	private static Map<String, AttributeValue> key(ActivityRef ref) {
		return Attributes.key("FANOUT#" + Math.floorMod(ref.text().hashCode(), SHARDS), ref.text());
	}

}
