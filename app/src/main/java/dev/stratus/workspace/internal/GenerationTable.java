package dev.stratus.workspace.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.bool;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Generations: {@code GEN#<id>} in the project's partition, so that they go with the project and list
 * newest first (ids are time-ordered UUIDs); in GSI1 under {@code GEN#<id>}, so a generation is found by
 * its id alone; and, while unfinished, in GSI2 under {@code GENERATIONS_DUE} by when the job should have
 * looked at it, the sweep's partition. Every change after the request is conditional on the item's status,
 * so a generation whose project was deleted meanwhile (its items removed) is never written again.
 */
@Component
public class GenerationTable {

	static final String PREFIX = "GEN#";

	static final String DUE = "GENERATIONS_DUE";

	private static final Map<String, String> STATUS = Map.of("#status", "status");

	private static final String UNFINISHED = "#status IN (:queued, :running)";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	private final IdempotencyClaims idempotencyClaims;

	private final ProjectWork work;

	GenerationTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
		this.pages = pages;
		this.idempotencyClaims = new IdempotencyClaims(dynamo, table, "generationId");
		this.work = new ProjectWork(dynamo, table, PREFIX, "GENERATION", DUE);
	}

	/** What a generation request records, to be rendered later exactly as asked. */
	public record Request(String id, String projectId, long schemaVersion, String stack, String projectName,
			Person requester, Instant createdAt) {
	}

	/**
	 * A new generation id: a version 7 UUID, whose text sorts by the time it was drawn, so the project's
	 * generations list newest first by their keys.
	 */
	public static String newId(Instant now) {
		long high = (now.toEpochMilli() << 16) | 0x7000 | (RANDOM.nextInt() & 0x0FFF);
		long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low).toString();
	}

	/** {@code Idempotency-Key} claims naming the generation each key queued. */
	public IdempotencyClaims idempotencyClaims() {
		return idempotencyClaims;
	}

	/**
	 * Queues the generation: its item, the job's outbox entry, the activity entry and the key's claim (if
	 * any) in one transaction, on the conditions that the requester is still an editor or owner and the
	 * project still active.
	 *
	 * @return empty when it was written, else why it was refused (the claim's refusal is labelled
	 * {@link IdempotencyClaims#LABEL})
	 */
	public Optional<LabelledWrites.Cancellation> queue(Request request, TransactWriteItem outboxEntry,
			ActivityEntry activity, @Nullable TransactWriteItem claim) {
		Map<String, AttributeValue> item = work.queued(request.projectId(), request.id(),
				request.requester().userId(), request.createdAt(), Generation.Status.QUEUED);
		item.put("schemaVersion", n(request.schemaVersion()));
		item.put("stack", s(request.stack()));
		item.put("projectName", s(request.projectName()));
		item.put("requesterEmail", s(request.requester().email()));
		return work.queue(item, Map.of(), outboxEntry, activity, claim);
	}

	/** The generation, read consistently. */
	public Optional<StoredGeneration> find(String projectId, String generationId) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(work.key(projectId, generationId)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(stored(item));
	}

	/** The project the generation belongs to, through GSI1; empty for an id no generation has. */
	public Optional<String> projectOf(String generationId) {
		return work.projectOf(generationId);
	}

	/**
	 * The project's generations, newest first.
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when this list did not issue it
	 */
	public Page<Generation> list(String projectId, int limit, @Nullable String nextToken) {
		QueryRequest query = QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression("PK = :project AND begins_with(SK, :generation)")
			.expressionAttributeValues(
					Map.of(":project", s(ProjectItems.partition(projectId)), ":generation", s(PREFIX)))
			.scanIndexForward(false)
			.consistentRead(true)
			.build();
		return pages.read(query, "generations|" + projectId, limit, nextToken, GenerationTable::generation);
	}

	/** How many generations the project has: a counting Query of its partition, every page of it. */
	long count(String projectId) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :generation)")
				.expressionAttributeValues(
						Map.of(":project", s(ProjectItems.partition(projectId)), ":generation", s(PREFIX)))
				.select(Select.COUNT))
			.stream()
			.mapToLong(page -> page.count())
			.sum();
	}

	/** Marks it {@code RUNNING}. @return false when it is finished or gone */
	boolean run(GenerationRef ref) {
		return update(ref, "SET #status = :running", UNFINISHED, Map.of());
	}

	/**
	 * Marks it {@code READY} with its archive's files and size, and writes the activity entry, if it is
	 * still running. @return false when it is not (finished by another delivery, or gone)
	 */
	boolean ready(GenerationRef ref, List<String> files, long sizeBytes, Instant at, ActivityEntry activity) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":running", s(Generation.Status.RUNNING.name()));
		values.put(":ready", s(Generation.Status.READY.name()));
		values.put(":files", AttributeValue.fromL(files.stream().map(Attributes::s).toList()));
		values.put(":size", n(sizeBytes));
		values.put(":at", time(at));
		return finish(ref, "SET #status = :ready, files = :files, sizeBytes = :size, completedAt = :at "
				+ "REMOVE GSI2PK, GSI2SK, failedAttempts, firstFailedAt, lastError", "#status = :running", values,
				activity);
	}

	/**
	 * Marks it {@code FAILED} with {@code error}, and writes the activity entry, if it is unfinished.
	 * @param parked whether it failed by being dead-lettered, so a redrive may queue it again
	 * @return false when it is finished or gone
	 */
	boolean fail(GenerationRef ref, String error, boolean parked, Instant at, ActivityEntry activity) {
		Map<String, AttributeValue> values = new HashMap<>(statuses());
		values.put(":failed", s(Generation.Status.FAILED.name()));
		values.put(":error", s(error));
		values.put(":at", time(at));
		values.put(":parked", bool(parked));
		return finish(ref, "SET #status = :failed, #error = :error, completedAt = :at, parked = :parked "
				+ "REMOVE GSI2PK, GSI2SK", UNFINISHED, values, activity);
	}

	private boolean finish(GenerationRef ref, String expression, String condition, Map<String, AttributeValue> values,
			ActivityEntry activity) {
		Map<String, String> names = new HashMap<>(STATUS);
		if (expression.contains("#error")) {
			names.put("#error", "error");
		}
		LabelledWrites writes = new LabelledWrites()
			.add("generation", TransactWriteItem.builder()
				.update(update -> update.tableName(table)
					.key(work.key(ref.projectId(), ref.generationId()))
					.updateExpression(expression)
					.conditionExpression(condition)
					.expressionAttributeNames(names)
					.expressionAttributeValues(values))
				.build())
			.addAll(activity.writes());
		return Transactions.run(dynamo, writes).isEmpty();
	}

	/** Counts a failed attempt of an unfinished generation, for the dead-letter record. */
	void recordFailure(GenerationRef ref, String error, Instant at) {
		update(ref, "SET failedAttempts = if_not_exists(failedAttempts, :zero) + :one, "
				+ "firstFailedAt = if_not_exists(firstFailedAt, :at), lastError = :error", UNFINISHED,
				Map.of(":zero", n(0), ":one", n(1), ":at", time(at), ":error", s(error)));
	}

	/**
	 * Queues a parked generation again, its attempts counted afresh, due at {@code now}; nothing for one
	 * that is not parked.
	 */
	void restart(GenerationRef ref, Instant now) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(work.key(ref.projectId(), ref.generationId()))
				.updateExpression("SET #status = :queued, GSI2PK = :due, GSI2SK = :at REMOVE #error, completedAt, "
						+ "parked, failedAttempts, firstFailedAt, lastError")
				.conditionExpression("parked = :parked")
				.expressionAttributeNames(Map.of("#status", "status", "#error", "error"))
				.expressionAttributeValues(Map.of(":queued", s(Generation.Status.QUEUED.name()), ":due", s(DUE),
						":at", ProjectWork.due(ref.generationId(), now), ":parked", bool(true))));
		}
		catch (ConditionalCheckFailedException notParked) {
			// Finished another way, or gone with its project: nothing to queue.
		}
	}

	/** Unfinished generations last due before {@code cutoff}, as the sweep re-sends them. */
	List<GenerationRef> overdue(Instant cutoff) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.indexName("GSI2")
				.keyConditionExpression("GSI2PK = :due AND GSI2SK < :cutoff")
				.expressionAttributeValues(Map.of(":due", s(DUE), ":cutoff", time(cutoff))))
			.items()
			.stream()
			.map(item -> new GenerationRef(Attributes.str(item, "projectId"), Attributes.str(item, "id")))
			.toList();
	}

	/** It was sent again at {@code now}: due again a sweep later. */
	void resent(GenerationRef ref, Instant now) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(work.key(ref.projectId(), ref.generationId()))
				.updateExpression("SET GSI2SK = :at")
				.conditionExpression("attribute_exists(GSI2PK)")
				.expressionAttributeValues(Map.of(":at", ProjectWork.due(ref.generationId(), now))));
		}
		catch (ConditionalCheckFailedException finishedMeanwhile) {
			// No longer swept.
		}
	}

	/** An update of an unfinished generation. @return false when it is finished or gone */
	private boolean update(GenerationRef ref, String expression, String condition,
			Map<String, AttributeValue> values) {
		Map<String, AttributeValue> all = new HashMap<>(values);
		all.putAll(statuses());
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(work.key(ref.projectId(), ref.generationId()))
				.updateExpression(expression)
				.conditionExpression(condition)
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(all));
			return true;
		}
		catch (ConditionalCheckFailedException finishedOrGone) {
			return false;
		}
	}

	private static Map<String, AttributeValue> statuses() {
		return Map.of(":queued", s(Generation.Status.QUEUED.name()), ":running",
				s(Generation.Status.RUNNING.name()));
	}

	private static StoredGeneration stored(Map<String, AttributeValue> item) {
		return new StoredGeneration(generation(item), Attributes.str(item, "stack"),
				Attributes.str(item, "projectName"), Attributes.str(item, "requesterEmail"),
				Attributes.num(item, "failedAttempts"), Attributes.optInstant(item, "firstFailedAt"),
				Attributes.optStr(item, "lastError"), Attributes.flag(item, "parked"));
	}

	static Generation generation(Map<String, AttributeValue> item) {
		AttributeValue files = item.get("files");
		AttributeValue size = item.get("sizeBytes");
		return new Generation(Attributes.str(item, "id"), Attributes.str(item, "projectId"),
				Generation.Status.valueOf(Attributes.str(item, "status")), Attributes.num(item, "schemaVersion"),
				files == null || !files.hasL() ? List.of() : files.l().stream().map(AttributeValue::s).toList(),
				size == null ? null : Long.valueOf(size.n()), Attributes.optStr(item, "error"),
				Attributes.instant(item, "createdAt"), Attributes.optInstant(item, "completedAt"),
				Attributes.str(item, "requestedBy"));
	}

}
