package dev.stratus.platform.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.jobs.JobPipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.workflow.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** The engine in the running app against the local DynamoDB and SQS, with the test workflow. */
@IntegrationTest
class WorkflowIntegrationTests {

	@Autowired
	Workflow testRegistration;

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	CloudResources resources;

	@Autowired
	JobPipeline<ExecutionRef> workflowJob;

	private Execution finished(String executionId) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> testRegistration.find(executionId).orElseThrow(),
					execution -> execution.status() != ExecutionStatus.RUNNING);
	}

	private String start(String id) {
		StartResult result = testRegistration.start(json("{\"id\": \"%s\", \"n\": 21}".formatted(id)),
				new LabelledWrites());
		assertThat(result).isInstanceOf(StartResult.Started.class);
		return ((StartResult.Started) result).executionId();
	}

	private Map<String, AttributeValue> stored(String id) {
		return dynamo.getItem(b -> b.tableName(resources.tableName(WorkflowTestConfiguration.TABLE))
			.key(Attributes.key(id, "ITEM"))
			.consistentRead(true)).item();
	}

	@Test
	void runsAnExecutionToSucceededKeepingEveryStep() {
		String id = "item-" + UUID.randomUUID();

		String executionId = start(id);

		assertThat(testRegistration.find(executionId)).isPresent();
		Execution execution = finished(executionId);
		assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(execution.output()).isEqualTo(json("{\"id\": \"%s\", \"n\": 21, \"doubled\": {\"value\": 42}}"
			.formatted(id)));
		assertThat(execution.stoppedAt()).isAfterOrEqualTo(execution.startedAt());
		assertThat(execution.steps()).extracting(Step::name).containsExactly("Double", "Insert", "Done");
		assertThat(execution.steps()).allSatisfy(step -> {
			assertThat(step.status()).isEqualTo(StepStatus.SUCCEEDED);
			assertThat(step.attempts()).isEqualTo(1);
			assertThat(step.exitedAt()).isAfterOrEqualTo(step.enteredAt());
		});
		assertThat(execution.steps().get(1).input()).isEqualTo(execution.steps().get(0).output());
		assertThat(stored(id).get("execution").s()).isEqualTo(executionId);
	}

	@Test
	void catchesTheConditionalPutsFailureAndFailsAsADuplicate() {
		String id = "item-" + UUID.randomUUID();
		finished(start(id));

		Execution second = finished(start(id));

		assertThat(second.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(second.error().code()).isEqualTo("DUPLICATE_ENTRY");
		Step insert = second.steps().get(1);
		assertThat(insert.status()).isEqualTo(StepStatus.CAUGHT);
		assertThat(insert.error().code()).isEqualTo("DynamoDB.ConditionalCheckFailedException");
		assertThat(second.steps()).extracting(Step::name).containsExactly("Double", "Insert", "Duplicate");
	}

	@Test
	void writesNothingWhenACallersConditionFails() {
		String table = resources.tableName(WorkflowTestConfiguration.TABLE);
		String key = "key-" + UUID.randomUUID();
		dynamo.putItem(b -> b.tableName(table).item(Map.of("PK", Attributes.s(key), "SK", Attributes.s("KEY"),
				"executionId", Attributes.s("earlier"))));
		TransactWriteItem keyItem = TransactWriteItem.builder()
			.put(p -> p.tableName(table)
				.item(Map.of("PK", Attributes.s(key), "SK", Attributes.s("KEY")))
				.conditionExpression("attribute_not_exists(PK)")
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
			.build();
		Instant before = Instant.now();

		StartResult result = testRegistration.start(json("{\"id\": \"x\", \"n\": 1}"),
				new LabelledWrites().add("idempotency", keyItem));

		assertThat(result).isInstanceOfSatisfying(StartResult.Refused.class, refused -> {
			assertThat(refused.label()).isEqualTo("idempotency");
			assertThat(refused.item().get("executionId").s()).isEqualTo("earlier");
		});
		assertThat(testRegistration.list(null, 100, null).items())
			.noneMatch(summary -> summary.startedAt().isAfter(before) && summary.input().path("id").asString()
				.equals("x"));
	}

	@Test
	void resumesAnInterruptedExecutionFromItsLastFinishedStepAndRunsTheStartedOneAgain() {
		String id = "item-" + UUID.randomUUID();
		String executionId = UUID.randomUUID().toString();
		Instant at = Instant.now();
		JsonNodes nodes = new JsonNodes(id);
		// As the app left it when it stopped: Double finished, Insert entered but not exited.
		ExecutionRecord halfDone = new ExecutionRecord(executionId, "test-registration", ExecutionStatus.RUNNING,
				nodes.input, null, null, at, null, new Cursor("Insert", nodes.afterDouble, 1), List.of(), null);
		String table = resources.tableName(WorkflowTable.TABLE);
		dynamo.putItem(b -> b.tableName(table).item(ExecutionItems.execution(halfDone)));
		dynamo.putItem(b -> b.tableName(table).item(ExecutionItems.step(executionId, new StepRecord(0, "Double",
				"Task", StepStatus.SUCCEEDED, at, at, nodes.input, nodes.afterDouble, null, 1, List.of(0), null))));
		dynamo.putItem(b -> b.tableName(table).item(ExecutionItems.step(executionId, new StepRecord(1, "Insert",
				"Task", StepStatus.RUNNING, at, null, nodes.afterDouble, null, null, 1, List.of(), null))));
		int doubledBefore = WorkflowTestConfiguration.DOUBLED.get();

		workflowJob.send(List.of(new ExecutionRef(executionId)));

		Execution execution = finished(executionId);
		assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(execution.steps()).extracting(Step::name).containsExactly("Double", "Insert", "Done");
		assertThat(execution.steps()).extracting(Step::attempts).containsExactly(1, 2, 1);
		assertThat(WorkflowTestConfiguration.DOUBLED.get()).isEqualTo(doubledBefore);
		assertThat(stored(id).get("execution").s()).isEqualTo(executionId);
	}

	@Test
	void listsExecutionsNewestFirstByStatusWithSignedPageTokens() {
		String first = start("item-" + UUID.randomUUID());
		String second = start("item-" + UUID.randomUUID());
		finished(first);
		finished(second);

		Page<ExecutionSummary> page = testRegistration.list(ExecutionStatus.SUCCEEDED, 1, null);

		assertThat(page.items()).singleElement().extracting(ExecutionSummary::executionId).isEqualTo(second);
		assertThat(testRegistration.list(ExecutionStatus.SUCCEEDED, 1, page.nextToken()).items())
			.singleElement()
			.extracting(ExecutionSummary::executionId)
			.isEqualTo(first);
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> testRegistration.list(ExecutionStatus.FAILED, 1, page.nextToken()));
		assertThat(testRegistration.find(UUID.randomUUID().toString())).isEmpty();
		assertThat(testRegistration.find("not-an-id")).isEmpty();
	}

	@Test
	void returnsTheDocumentAsWrittenWithItsPlaceholders() {
		assertThat(testRegistration.document().at("/States/Double/Resource").asString())
			.isEqualTo("${DoubleFunctionArn}");
	}

	/** The test workflow's data at its steps. */
	private static final class JsonNodes {

		final tools.jackson.databind.JsonNode input;

		final tools.jackson.databind.JsonNode afterDouble;

		JsonNodes(String id) {
			input = json("{\"id\": \"%s\", \"n\": 2}".formatted(id));
			afterDouble = json("{\"id\": \"%s\", \"n\": 2, \"doubled\": {\"value\": 4}}".formatted(id));
		}

	}

}
