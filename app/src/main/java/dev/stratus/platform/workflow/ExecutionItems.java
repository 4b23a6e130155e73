package dev.stratus.platform.workflow;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stratus.platform.dynamo.Attributes;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/** Executions and steps as items of the engine's table (see {@link WorkflowTable}), and back. */
final class ExecutionItems {

	static final String EXECUTION = "EXECUTION";

	private ExecutionItems() {
	}

	static Map<String, AttributeValue> key(String executionId) {
		return Attributes.key(partition(executionId), EXECUTION);
	}

	static String partition(String executionId) {
		return EXECUTION + "#" + executionId;
	}

	static String listing(String workflow) {
		return "WORKFLOW#" + workflow;
	}

	static String listing(String workflow, ExecutionStatus status) {
		return listing(workflow) + "#" + status;
	}

	/** A new, running execution, due for the sweep from its start. */
	static Map<String, AttributeValue> execution(ExecutionRecord execution) {
		Map<String, AttributeValue> item = new HashMap<>(key(execution.id()));
		String sortKey = Attributes.timeKey(execution.startedAt(), execution.id());
		item.put("GSI1PK", s(listing(execution.workflow())));
		item.put("GSI1SK", s(sortKey));
		item.put("GSI2PK", s(listing(execution.workflow(), execution.status())));
		item.put("GSI2SK", s(sortKey));
		item.put("executionId", s(execution.id()));
		item.put("workflow", s(execution.workflow()));
		item.put("status", s(execution.status().name()));
		item.put("input", json(execution.input()));
		item.put("startedAt", time(execution.startedAt()));
		item.put("dueAt", time(execution.startedAt()));
		Cursor cursor = execution.cursor();
		if (cursor != null) {
			item.putAll(cursor(cursor));
		}
		return item;
	}

	static Map<String, AttributeValue> cursor(Cursor cursor) {
		return Map.of("cursorState", s(cursor.state()), "cursorInput", json(cursor.input()), "cursorSeq",
				n(cursor.seq()));
	}

	static Map<String, AttributeValue> step(String executionId, StepRecord step) {
		Map<String, AttributeValue> item = new HashMap<>(Attributes.key(partition(executionId),
				"STEP#" + String.format("%06d", step.seq())));
		item.put("seq", n(step.seq()));
		item.put("name", s(step.name()));
		item.put("type", s(step.type()));
		item.put("status", s(step.status().name()));
		item.put("enteredAt", time(step.enteredAt()));
		item.put("input", json(step.input()));
		item.put("attempts", n(step.attempts()));
		item.put("retries", s(String.join(",", step.retries().stream().map(String::valueOf).toList())));
		putIfSet(item, "exitedAt", step.exitedAt() == null ? null : time(step.exitedAt()));
		putIfSet(item, "output", step.output() == null ? null : json(step.output()));
		putIfSet(item, "resumeAt", step.resumeAt() == null ? null : time(step.resumeAt()));
		if (step.error() != null) {
			item.put("errorCode", s(step.error().code()));
			item.put("errorCause", s(step.error().cause()));
		}
		return item;
	}

	/** The execution item and its step items, as one query returns them. */
	static ExecutionRecord read(List<Map<String, AttributeValue>> items) {
		Map<String, AttributeValue> execution = items.stream()
			.filter(item -> EXECUTION.equals(item.get("SK").s()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Steps without their execution"));
		List<StepRecord> steps = items.stream()
			.filter(item -> item != execution)
			.map(ExecutionItems::readStep)
			.toList();
		Cursor cursor = execution.containsKey("cursorState") ? new Cursor(Attributes.str(execution, "cursorState"),
				readJson(execution, "cursorInput"), (int) Attributes.num(execution, "cursorSeq")) : null;
		return new ExecutionRecord(Attributes.str(execution, "executionId"), Attributes.str(execution, "workflow"),
				ExecutionStatus.valueOf(Attributes.str(execution, "status")), readJson(execution, "input"),
				optJson(execution, "output"), error(execution), Attributes.instant(execution, "startedAt"),
				Attributes.optInstant(execution, "stoppedAt"), cursor, steps,
				Attributes.optInstant(execution, "waitingUntil"));
	}

	static ExecutionSummary summary(Map<String, AttributeValue> execution) {
		return new ExecutionSummary(Attributes.str(execution, "executionId"), Attributes.str(execution, "workflow"),
				ExecutionStatus.valueOf(Attributes.str(execution, "status")), readJson(execution, "input"),
				optJson(execution, "output"), error(execution), Attributes.instant(execution, "startedAt"),
				Attributes.optInstant(execution, "stoppedAt"));
	}

	private static StepRecord readStep(Map<String, AttributeValue> item) {
		String retries = Attributes.str(item, "retries");
		return new StepRecord((int) Attributes.num(item, "seq"), Attributes.str(item, "name"),
				Attributes.str(item, "type"), StepStatus.valueOf(Attributes.str(item, "status")),
				Attributes.instant(item, "enteredAt"), Attributes.optInstant(item, "exitedAt"), readJson(item, "input"),
				optJson(item, "output"), error(item), (int) Attributes.num(item, "attempts"),
				retries.isEmpty() ? List.of() : Arrays.stream(retries.split(",")).map(Integer::valueOf).toList(),
				Attributes.optInstant(item, "resumeAt"));
	}

	static AttributeValue json(JsonNode value) {
		return s(JsonPaths.JSON.writeValueAsString(value));
	}

	private static JsonNode readJson(Map<String, AttributeValue> item, String name) {
		return JsonPaths.JSON.readTree(Attributes.str(item, name));
	}

	private static @Nullable JsonNode optJson(Map<String, AttributeValue> item, String name) {
		return item.containsKey(name) ? readJson(item, name) : null;
	}

	private static @Nullable ExecutionError error(Map<String, AttributeValue> item) {
		String code = Attributes.optStr(item, "errorCode");
		return code == null ? null : new ExecutionError(code, Attributes.str(item, "errorCause"));
	}

	private static void putIfSet(Map<String, AttributeValue> item, String name, @Nullable AttributeValue value) {
		if (value != null) {
			item.put(name, value);
		}
	}

}
