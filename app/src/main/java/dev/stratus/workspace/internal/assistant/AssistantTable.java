package dev.stratus.workspace.internal.assistant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.workspace.AssistantMessage;
import dev.stratus.workspace.ProjectRole;
import dev.stratus.workspace.internal.ActivityEntry;
import dev.stratus.workspace.internal.ProjectItems;
import dev.stratus.workspace.internal.Transactions;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * A project's assistant chat: {@code ASSIST#<createdAt>#<id>} in the project's partition, so it reads in order
 * and goes with the project. A question and its answer are written together, with their activity entry.
 */
@Component
public class AssistantTable {

	static final String PREFIX = "ASSIST#";

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	private final IdempotencyClaims idempotencyClaims;

	AssistantTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
		this.pages = pages;
		this.idempotencyClaims = new IdempotencyClaims(dynamo, table, "answerKey");
	}

	/** {@code Idempotency-Key} claims naming the answer each key's question got (its sort key, {@link #key}). */
	public IdempotencyClaims idempotencyClaims() {
		return idempotencyClaims;
	}

	/** Where the message sorts in the chat: what a key's claim names, to find its answer again. */
	public static String key(AssistantMessage message) {
		return PREFIX + Attributes.timeKey(message.createdAt(), message.id());
	}

	/**
	 * Writes the question, its answer and the activity entry in one transaction, on the conditions that the asker
	 * is still a member and the project still active.
	 * @return empty when it was written, else why it was refused
	 */
	public Optional<LabelledWrites.Cancellation> save(String projectId, AssistantMessage question,
			AssistantMessage answer, ActivityEntry activity, @Nullable TransactWriteItem claim) {
		LabelledWrites writes = new LabelledWrites()
			.add(Transactions.CALLER, Transactions.roleCheck(table, projectId, question.userId(), ProjectRole.VIEWER))
			.add(Transactions.PROJECT, Transactions.projectActive(table, projectId))
			.add("question", put(projectId, question))
			.add("answer", put(projectId, answer))
			.addAll(activity.writes());
		if (claim != null) {
			writes.add(IdempotencyClaims.LABEL, claim);
		}
		return Transactions.run(dynamo, writes);
	}

	/** The message stored under {@code key} ({@link #key}), read consistently. */
	public Optional<AssistantMessage> find(String projectId, String key) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(ProjectItems.key(projectId, key)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(message(item));
	}

	private TransactWriteItem put(String projectId, AssistantMessage message) {
		Map<String, AttributeValue> item = new HashMap<>(ProjectItems.key(projectId, key(message)));
		item.put("entityType", s("ASSISTANT_MESSAGE"));
		item.put("id", s(message.id()));
		item.put("role", s(message.role().name()));
		item.put("content", s(message.content()));
		item.put("createdAt", time(message.createdAt()));
		item.put("userId", s(message.userId()));
		if (message.model() != null) {
			item.put("model", s(message.model()));
		}
		return TransactWriteItem.builder()
			.put(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"))
			.build();
	}

	/**
	 * The chat, oldest first.
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when this list did not issue it
	 */
	public Page<AssistantMessage> history(String projectId, int limit, @Nullable String nextToken) {
		return pages.read(query(projectId, true), "assistant|" + projectId, limit, nextToken, AssistantTable::message);
	}

	/** The chat's last {@code limit} messages, oldest first: what a model is given as the conversation so far. */
	public List<AssistantMessage> latest(String projectId, int limit) {
		List<AssistantMessage> newestFirst = new ArrayList<>(dynamo.query(query(projectId, false).toBuilder()
			.limit(limit)
			.build()).items().stream().map(AssistantTable::message).toList());
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	private QueryRequest query(String projectId, boolean oldestFirst) {
		return QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression("PK = :project AND begins_with(SK, :assist)")
			.expressionAttributeValues(Map.of(":project", s(ProjectItems.partition(projectId)), ":assist", s(PREFIX)))
			.scanIndexForward(oldestFirst)
			.consistentRead(true)
			.build();
	}

	private static AssistantMessage message(Map<String, AttributeValue> item) {
		return new AssistantMessage(Attributes.str(item, "id"),
				AssistantMessage.Role.valueOf(Attributes.str(item, "role")), Attributes.str(item, "content"),
				Attributes.instant(item, "createdAt"), Attributes.optStr(item, "model"),
				Attributes.str(item, "userId"));
	}

}
