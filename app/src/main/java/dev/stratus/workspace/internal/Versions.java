package dev.stratus.workspace.internal;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongFunction;

import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.workspace.ProjectRole;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * Numbered versions of one kind of project document (schemas, architectures): version {@code n} is the
 * item {@code <prefix><n, zero-padded to 10 digits>} in the project's partition, so the partition sorts
 * them and the newest is one Query. A save writes {@code latest + 1} on the condition that no item has
 * that key yet, so two concurrent saves never get the same number: the one that loses reads the latest
 * again and takes the next.
 */
final class Versions {

	static final String VERSION = "version";

	/** How often a save reads the latest version again after losing a race, before answering 409. */
	private static final int ATTEMPTS = 5;

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	private final String prefix;

	Versions(DynamoDbClient dynamo, String table, QueryPages pages, String prefix) {
		this.dynamo = dynamo;
		this.table = table;
		this.pages = pages;
		this.prefix = prefix;
	}

	String sortKey(long version) {
		return prefix + String.format("%010d", version);
	}

	/** The newest version's item, read consistently. */
	Optional<Map<String, AttributeValue>> newest(String projectId) {
		return dynamo
			.query(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :prefix)")
				.expressionAttributeValues(
						Map.of(":project", s(ProjectItems.partition(projectId)), ":prefix", s(prefix)))
				.scanIndexForward(false)
				.limit(1)
				.consistentRead(true))
			.items()
			.stream()
			.findFirst();
	}

	Optional<Map<String, AttributeValue>> get(String projectId, long version) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(ProjectItems.key(projectId, sortKey(version))).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
	}

	/**
	 * The versions newest first, each read with {@code attributes} only (besides the keys paging needs), so a
	 * page does not carry the documents.
	 */
	<T> Page<T> list(String projectId, String attributes, int limit, @Nullable String nextToken,
			Function<Map<String, AttributeValue>, T> item) {
		QueryRequest query = QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression("PK = :project AND begins_with(SK, :prefix)")
			.expressionAttributeValues(Map.of(":project", s(ProjectItems.partition(projectId)), ":prefix", s(prefix)))
			.projectionExpression("PK, SK, " + attributes)
			.scanIndexForward(false)
			.consistentRead(true)
			.build();
		return pages.read(query, prefix + "|" + projectId, limit, nextToken, item);
	}

	/** The put of a new version's item: it must not exist yet. */
	TransactWriteItem put(Map<String, AttributeValue> item) {
		return TransactWriteItem.builder()
			.put(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"))
			.build();
	}

	/**
	 * Saves the next version: {@code attempt} gives the writes of version {@code n} (its {@link #put}, under the
	 * label {@link #VERSION}, and whatever goes with it), which run in one transaction with the check that
	 * {@code userId} is still an editor of the active project and the activity entry.
	 *
	 * @return the version written; empty when the caller's role or the project did not hold
	 * @throws Conflict when other saves kept winning the race for the next number
	 */
	OptionalLong save(String projectId, String userId, ActivityEntry activity,
			LongFunction<LabelledWrites> attempt) {
		for (int i = 0; i < ATTEMPTS; i++) {
			long version = newest(projectId).map(item -> Attributes.num(item, VERSION)).orElse(0L) + 1;
			LabelledWrites writes = attempt.apply(version)
				.add(Transactions.CALLER, Transactions.roleCheck(table, projectId, userId, ProjectRole.EDITOR))
				.add(Transactions.PROJECT, projectActive(projectId))
				.addAll(activity.writes());
			Optional<LabelledWrites.Cancellation> refused = Transactions.run(dynamo, writes);
			if (refused.isEmpty()) {
				return OptionalLong.of(version);
			}
			if (refused.get().conditionFailed(Transactions.CALLER)
					|| refused.get().conditionFailed(Transactions.PROJECT)) {
				return OptionalLong.empty();
			}
			// Another save took this number (or held an item we write) meanwhile: read the latest again.
		}
		throw new Conflict("The document is being saved by others at the same time; try again");
	}

	/** Holds while the project exists and is not being deleted. */
	TransactWriteItem projectActive(String projectId) {
		return TransactWriteItem.builder()
			.conditionCheck(check -> check.tableName(table)
				.key(ProjectItems.meta(projectId))
				.conditionExpression("#status = :active")
				.expressionAttributeNames(ProjectTable.STATUS)
				.expressionAttributeValues(Map.of(":active", s(Transactions.ACTIVE))))
			.build();
	}

}
