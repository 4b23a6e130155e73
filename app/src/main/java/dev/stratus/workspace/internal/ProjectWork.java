package dev.stratus.workspace.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * A kind of work a project queues for a job, a code generation or a deployment: where its items sit (in the
 * project's partition under {@code prefix}, by id in GSI1, due for the job's sweep in GSI2 under
 * {@code duePartition}), and the one transaction that queues an item with its outbox entry, its activity entry and
 * its idempotency claim.
 */
final class ProjectWork {

	private final DynamoDbClient dynamo;

	private final String table;

	private final String prefix;

	private final String entityType;

	private final String duePartition;

	ProjectWork(DynamoDbClient dynamo, String table, String prefix, String entityType, String duePartition) {
		this.dynamo = dynamo;
		this.table = table;
		this.prefix = prefix;
		this.entityType = entityType;
		this.duePartition = duePartition;
	}

	/** The key of the item of {@code id} in the project's partition. */
	Map<String, AttributeValue> key(String projectId, String id) {
		return ProjectItems.key(projectId, prefix + id);
	}

	/** The attributes a new item starts with: queued, due at once; the kind adds its own. */
	Map<String, AttributeValue> queued(String projectId, String id, String requesterId, Instant createdAt,
			Enum<?> queuedStatus) {
		Map<String, AttributeValue> item = new HashMap<>(key(projectId, id));
		item.put("GSI1PK", s(prefix + id));
		item.put("GSI1SK", s(entityType));
		item.put("GSI2PK", s(duePartition));
		item.put("GSI2SK", due(id, createdAt));
		item.put("entityType", s(entityType));
		item.put("id", s(id));
		item.put("projectId", s(projectId));
		item.put("status", s(queuedStatus.name()));
		item.put("requestedBy", s(requesterId));
		item.put("createdAt", time(createdAt));
		return item;
	}

	/**
	 * Writes a {@link #queued} item with the job's outbox entry, the activity entry and the key's claim (if any) in
	 * one transaction, on the conditions that the requester is still an editor or owner, the project still active,
	 * and the kind's own {@code checks} hold.
	 *
	 * @return empty when it was written, else why it was refused: the item's refusal is labelled with the kind in
	 * lower case ({@code generation}, {@code deployment}), the claim's {@link IdempotencyClaims#LABEL}
	 */
	Optional<LabelledWrites.Cancellation> queue(Map<String, AttributeValue> item, Map<String, TransactWriteItem> checks,
			TransactWriteItem outboxEntry, ActivityEntry activity, @Nullable TransactWriteItem claim) {
		LabelledWrites writes = Transactions
			.startingWork(table, Attributes.str(item, "projectId"), Attributes.str(item, "requestedBy"))
			.addAll(checks)
			.add(entityType.toLowerCase(Locale.ROOT),
					TransactWriteItem.builder()
						.put(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"))
						.build())
			.add("outbox", outboxEntry)
			.addAll(activity.writes());
		if (claim != null) {
			writes.add(IdempotencyClaims.LABEL, claim);
		}
		return Transactions.run(dynamo, writes);
	}

	/** The project the item of {@code id} belongs to, through GSI1; empty for an id no item of this kind has. */
	Optional<String> projectOf(String id) {
		return dynamo
			.query(b -> b.tableName(table)
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :id")
				.expressionAttributeValues(Map.of(":id", s(prefix + id))))
			.items()
			.stream()
			.findFirst()
			.map(item -> Attributes.str(item, "projectId"));
	}

	/** Where an item due at {@code at} sorts among the due ones (GSI2's sort key). */
	static AttributeValue due(String id, Instant at) {
		return s(Attributes.timeKey(at, id));
	}

}
