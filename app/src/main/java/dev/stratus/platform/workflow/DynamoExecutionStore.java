package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * The executions in DynamoDB (see {@link WorkflowTable}). A step's exit and the execution's move are
 * one transaction, conditional on the claim, so the cursor never runs ahead of the steps or behind
 * them. {@code dueAt} is when the sweep counts a running execution overdue from: its start, its
 * claim's end, the end of its sleep, or its next retry after a failed delivery.
 */
@Component
class DynamoExecutionStore implements ExecutionStore {

	private static final String LABEL = "workflow-execution";

	private static final String OUTBOX_LABEL = "workflow-outbox";

	private static final Map<String, String> STATUS = Map.of("#status", "status");

	private final DynamoDbClient dynamo;

	private final String table;

	@Autowired
	DynamoExecutionStore(DynamoDbClient dynamo, CloudResources resources) {
		this(dynamo, resources.tableName(WorkflowTable.TABLE));
	}

	/** @param table the table's real name */
	DynamoExecutionStore(DynamoDbClient dynamo, String table) {
		this.dynamo = dynamo;
		this.table = table;
	}

	/**
	 * Writes a new execution, its outbox entry and the caller's writes in one transaction.
	 * @return {@code Refused} when one of the caller's conditions failed
	 */
	StartResult start(ExecutionRecord execution, LabelledWrites alsoWrite) {
		alsoWrite.add(LABEL, TransactWriteItem.builder()
			.put(p -> p.tableName(table)
				.item(ExecutionItems.execution(execution))
				.conditionExpression("attribute_not_exists(PK)"))
			.build());
		alsoWrite.add(OUTBOX_LABEL, WorkflowPipeline.JOB.outboxEntry(table, new ExecutionRef(execution.id()),
				execution.startedAt()));
		try {
			dynamo.transactWriteItems(b -> b.transactItems(alsoWrite.items()));
			return new StartResult.Started(execution.id());
		}
		catch (TransactionCanceledException ex) {
			LabelledWrites.Cancellation reasons = alsoWrite.reasons(ex);
			return reasons.byLabel()
				.keySet()
				.stream()
				.filter(label -> !label.equals(LABEL) && !label.equals(OUTBOX_LABEL) && reasons.conditionFailed(label))
				.findFirst()
				.<StartResult>map(label -> new StartResult.Refused(label, reasons.item(label)))
				.orElseThrow(() -> ex);
		}
	}

	@Override
	public Optional<ExecutionRecord> load(String executionId) {
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		dynamo
			.queryPaginator(QueryRequest.builder()
				.tableName(table)
				.keyConditionExpression("PK = :pk")
				.expressionAttributeValues(Map.of(":pk", s(ExecutionItems.partition(executionId))))
				.consistentRead(true)
				.build())
			.items()
			.forEach(items::add);
		return items.isEmpty() ? Optional.empty() : Optional.of(ExecutionItems.read(items));
	}

	@Override
	public boolean claim(String executionId, String token, Instant now, Instant until) {
		return update(executionId, "SET claimToken = :token, claimedUntil = :until, dueAt = :until "
				+ "REMOVE waitingUntil", "#status = :running AND (attribute_not_exists(claimedUntil) "
						+ "OR claimedUntil < :now)",
				Map.of(":token", s(token), ":until", time(until), ":now", time(now), ":running",
						s(ExecutionStatus.RUNNING.name())));
	}

	@Override
	public void enter(String executionId, StepRecord step) {
		dynamo.putItem(b -> b.tableName(table).item(ExecutionItems.step(executionId, step)));
	}

	@Override
	public void update(String executionId, StepRecord step) {
		enter(executionId, step);
	}

	@Override
	public boolean exit(ExecutionRecord execution, String token, StepRecord step, Advance advance) {
		String executionId = execution.id();
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":token", s(token)));
		String update;
		if (advance instanceof Advance.Next next) {
			Cursor cursor = next.cursor();
			values.putAll(Map.of(":state", s(cursor.state()), ":input", ExecutionItems.json(cursor.input()), ":seq",
					n(cursor.seq())));
			update = "SET cursorState = :state, cursorInput = :input, cursorSeq = :seq";
		}
		else {
			Advance.Finish finish = (Advance.Finish) advance;
			values.put(":status", s(finish.status().name()));
			values.put(":gsi2", s(ExecutionItems.listing(execution.workflow(), finish.status())));
			values.put(":stoppedAt", time(finish.at()));
			StringBuilder set = new StringBuilder("SET #status = :status, GSI2PK = :gsi2, stoppedAt = :stoppedAt");
			if (finish.output() != null) {
				values.put(":output", ExecutionItems.json(finish.output()));
				set.append(", #output = :output");
			}
			if (finish.error() != null) {
				values.put(":code", s(finish.error().code()));
				values.put(":cause", s(finish.error().cause()));
				set.append(", errorCode = :code, errorCause = :cause");
			}
			update = set + " REMOVE cursorState, cursorInput, cursorSeq, claimToken, claimedUntil, dueAt, waitingUntil";
		}
		Map<String, String> names = new HashMap<>(STATUS);
		names.put("#output", "output");
		String expression = update;
		try {
			dynamo.transactWriteItems(b -> b.transactItems(
					TransactWriteItem.builder()
						.put(p -> p.tableName(table).item(ExecutionItems.step(executionId, step)))
						.build(),
					TransactWriteItem.builder()
						.update(u -> u.tableName(table)
							.key(ExecutionItems.key(executionId))
							.updateExpression(expression)
							.conditionExpression("claimToken = :token")
							.expressionAttributeNames(names(expression, names))
							.expressionAttributeValues(values))
						.build()));
			return true;
		}
		catch (TransactionCanceledException lost) {
			return false;
		}
	}

	@Override
	public void sleep(String executionId, String token, Instant until) {
		update(executionId, "SET waitingUntil = :until, dueAt = :until REMOVE claimToken, claimedUntil",
				"claimToken = :token", Map.of(":until", time(until), ":token", s(token)));
	}

	@Override
	public void failed(String executionId, String token, String error, Instant now, Instant dueAt) {
		failedDelivery(executionId, "claimToken = :token", Map.of(":token", s(token)), error, now, dueAt);
	}

	/**
	 * Handed on to the event bus (on AWS, where Step Functions runs it): out of the sweep for good,
	 * by leaving GSI2, which the sweep reads, and its failed deliveries forgotten.
	 */
	void published(String executionId, Instant at) {
		update(executionId, "SET publishedAt = :at REMOVE GSI2PK, GSI2SK, dueAt, failedDeliveries, firstFailedAt, "
				+ "lastError", "attribute_exists(PK)", Map.of(":at", time(at)));
	}

	/** Publishing its start to the event bus failed: noted, and due again at {@code dueAt}. */
	void publishFailed(String executionId, String error, Instant now, Instant dueAt) {
		failedDelivery(executionId, "attribute_exists(PK) AND attribute_not_exists(publishedAt)", Map.of(), error,
				now, dueAt);
	}

	private void failedDelivery(String executionId, String condition, Map<String, AttributeValue> conditionValues,
			String error, Instant now, Instant dueAt) {
		Map<String, AttributeValue> values = new HashMap<>(conditionValues);
		values.putAll(Map.of(":zero", n(0), ":one", n(1), ":now", time(now), ":error", s(error), ":due",
				time(dueAt)));
		update(executionId,
				"SET failedDeliveries = if_not_exists(failedDeliveries, :zero) + :one, "
						+ "firstFailedAt = if_not_exists(firstFailedAt, :now), lastError = :error, dueAt = :due "
						+ "REMOVE claimToken, claimedUntil",
				condition, values);
	}

	/** Out of the sweep: a dead-lettered execution waits for an admin. */
	void park(String executionId) {
		update(executionId, "SET parked = :yes", "attribute_exists(PK)", Map.of(":yes", Attributes.bool(true)));
	}

	/** Back in the sweep after a redrive, due now, its failed deliveries forgotten. */
	void restart(String executionId, Instant now) {
		update(executionId, "SET dueAt = :now REMOVE parked, failedDeliveries, firstFailedAt, lastError",
				"#status = :running", Map.of(":now", time(now), ":running", s(ExecutionStatus.RUNNING.name())));
	}

	/** What a failed delivery left on the execution, for its dead letter. */
	@Nullable
	Map<String, AttributeValue> item(String executionId) {
		var found = dynamo.getItem(b -> b.tableName(table).key(ExecutionItems.key(executionId)).consistentRead(true));
		return found.hasItem() && !found.item().isEmpty() ? found.item() : null;
	}

	/** Running executions of {@code workflow}, not parked, due before {@code cutoff}. */
	List<String> overdue(String workflow, Instant cutoff) {
		List<String> ids = new ArrayList<>();
		dynamo
			.queryPaginator(QueryRequest.builder()
				.tableName(table)
				.indexName("GSI2")
				.keyConditionExpression("GSI2PK = :running")
				.filterExpression("dueAt < :cutoff AND attribute_not_exists(parked)")
				.expressionAttributeValues(Map.of(":running", s(ExecutionItems.listing(workflow,
						ExecutionStatus.RUNNING)), ":cutoff", time(cutoff)))
				.build())
			.items()
			.forEach(item -> ids.add(Attributes.str(item, "executionId")));
		return ids;
	}

	/** Sent again just now: due again later, if still running and not parked. */
	void resent(String executionId, Instant now) {
		update(executionId, "SET dueAt = :now", "#status = :running AND attribute_not_exists(parked)",
				Map.of(":now", time(now), ":running", s(ExecutionStatus.RUNNING.name())));
	}

	/** One page of a workflow's executions, newest first. */
	ExecutionPage list(String workflow, @Nullable ExecutionStatus status, int limit,
			@Nullable Map<String, AttributeValue> start) {
		String index = status == null ? "GSI1" : "GSI2";
		String partition = status == null ? ExecutionItems.listing(workflow)
				: ExecutionItems.listing(workflow, status);
		QueryResponse page = dynamo.query(b -> b.tableName(table)
			.indexName(index)
			.keyConditionExpression(index + "PK = :p")
			.expressionAttributeValues(Map.of(":p", s(partition)))
			.scanIndexForward(false)
			.limit(limit)
			.exclusiveStartKey(start));
		Map<String, AttributeValue> last = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
				? page.lastEvaluatedKey() : null;
		return new ExecutionPage(page.items().stream().map(ExecutionItems::summary).toList(), last);
	}

	record ExecutionPage(List<ExecutionSummary> items, @Nullable Map<String, AttributeValue> lastKey) {
	}

	/** @return false when the condition failed */
	private boolean update(String executionId, String expression, String condition,
			Map<String, AttributeValue> values) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(ExecutionItems.key(executionId))
				.updateExpression(expression)
				.conditionExpression(condition)
				.expressionAttributeNames(names(expression + " " + condition, STATUS))
				.expressionAttributeValues(values));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	/** DynamoDB refuses names no expression uses. */
	private static @Nullable Map<String, String> names(String expressions, Map<String, String> names) {
		Map<String, String> used = new HashMap<>();
		names.forEach((placeholder, name) -> {
			if (expressions.contains(placeholder)) {
				used.put(placeholder, name);
			}
		});
		return used.isEmpty() ? null : used;
	}

}
