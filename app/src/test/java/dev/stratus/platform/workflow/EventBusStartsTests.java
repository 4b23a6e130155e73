package dev.stratus.platform.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stratus.MotoServer;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.platform.jobs.JobHandler.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;

import static dev.stratus.platform.workflow.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The AWS side of the event-bus port against moto: a start written as {@code Workflow.start} writes
 * it is published to the app's bus, where a rule with the deployment's pattern passes it on (here to
 * a queue, standing in for the starter state machine).
 */
class EventBusStartsTests {

	private static final JobHandler.Attempt FIRST = new JobHandler.Attempt(1, Duration.ofSeconds(5),
			Duration.ofSeconds(30));

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private DynamoDbClient dynamo;

	private EventBridgeClient events;

	private SqsClient sqs;

	private DynamoExecutionStore store;

	private EventBusStarts starts;

	private String queueUrl;

	@BeforeEach
	void setUp() {
		dynamo = MotoServer.shared().client(DynamoDbClient.builder());
		events = MotoServer.shared().client(EventBridgeClient.builder());
		sqs = MotoServer.shared().client(SqsClient.builder());
		store = new DynamoExecutionStore(dynamo, workflowsTable(dynamo, "workflows-" + suffix));
		String bus = "stratus-" + suffix;
		events.createEventBus(b -> b.name(bus));
		queueUrl = sqs.createQueue(b -> b.queueName("starter-" + suffix)).queueUrl();
		// The rule as the deployment declares it (see StepFunctionsExecutions).
		String pattern = "{\"source\": [\"stratus.workflows\"], \"detail-type\": [\"WorkflowStartRequested\"], "
				+ "\"detail\": {\"workflow\": [\"registration\"]}}";
		events.putRule(b -> b.name("registration").eventBusName(bus).eventPattern(pattern));
		events.putTargets(b -> b.rule("registration").eventBusName(bus).targets(t -> t.id("starter")
			.arn("arn:aws:sqs:" + MotoServer.REGION + ":" + MotoServer.ACCOUNT + ":starter-" + suffix)));
		starts = new EventBusStarts(events, bus, store, Clock.systemUTC());
	}

	@AfterEach
	void tearDown() {
		if (starts != null) {
			starts.close();
			dynamo.close();
			sqs.close();
		}
	}

	private String start(String workflow, JsonNode input) {
		String id = UUID.randomUUID().toString();
		StartResult result = store.start(ExecutionRecord.started(id, workflow, input, "Validate", Instant.now()),
				new LabelledWrites());
		assertThat(result).isEqualTo(new StartResult.Started(id));
		return id;
	}

	private List<Message> delivered() {
		return sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
	}

	@Test
	void publishesTheStartWithItsSourceDetailTypeAndDetail() {
		String id = start("registration", json("{\"id\": \"cust-001\", \"tags\": [1, 2]}"));

		assertThat(starts.handle(new ExecutionRef(id), FIRST)).isEqualTo(Outcome.DONE);

		Message message = await().atMost(Duration.ofSeconds(10)).until(this::delivered, list -> !list.isEmpty()).get(0);
		JsonNode event = json(message.body());
		assertThat(event.path("source").asString()).isEqualTo("stratus.workflows");
		assertThat(event.path("detail-type").asString()).isEqualTo("WorkflowStartRequested");
		assertThat(event.path("detail")).isEqualTo(json("""
				{"workflow": "registration", "executionId": "%s", "input": {"id": "cust-001", "tags": [1, 2]}}"""
			.formatted(id)));
	}

	@Test
	void takesAPublishedStartOutOfTheSweepAndDoesNotPublishItAgain() {
		String id = start("registration", json("{\"id\": \"cust-002\"}"));
		assertThat(store.overdue("registration", Instant.now().plusSeconds(1))).containsExactly(id);

		starts.handle(new ExecutionRef(id), FIRST);
		await().atMost(Duration.ofSeconds(10)).until(() -> !delivered().isEmpty());

		assertThat(store.overdue("registration", Instant.now().plusSeconds(1))).isEmpty();
		assertThat(starts.standing(new ExecutionRef(id))).isInstanceOf(JobHandler.Standing.Settled.class);
		assertThat(starts.handle(new ExecutionRef(id), FIRST)).isEqualTo(Outcome.DONE);
		assertThat(delivered()).isEmpty();
		assertThat(store.load(id).orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
	}

	@Test
	void recordsAFailedPublishForTheRetryAndTheDeadLetter() {
		String id = start("registration", json("{\"id\": \"cust-003\"}"));
		EventBusStarts toNowhere = new EventBusStarts(events, "no-such-bus-" + suffix, store, Clock.systemUTC());

		assertThat(toNowhere.handle(new ExecutionRef(id), FIRST)).isEqualTo(Outcome.FAILED);

		assertThat(toNowhere.standing(new ExecutionRef(id))).isInstanceOfSatisfying(JobHandler.Standing.Failing.class,
				failing -> {
					assertThat(failing.attempts()).isEqualTo(1);
					assertThat(failing.lastError()).isNotBlank();
				});
		Map<String, AttributeValue> item = store.item(id);
		assertThat(item).containsKey("GSI2PK").doesNotContainKey("publishedAt");
	}

	@Test
	void doesNothingForAnExecutionThatIsNotThere() {
		assertThat(starts.handle(new ExecutionRef(UUID.randomUUID().toString()), FIRST)).isEqualTo(Outcome.DONE);
		assertThat(starts.standing(new ExecutionRef(UUID.randomUUID().toString())))
			.isInstanceOf(JobHandler.Standing.Gone.class);
	}

	/** A table shaped as the engine's (see {@code WorkflowTable}), under a name of its own. */
	private static String workflowsTable(DynamoDbClient dynamo, String name) {
		List<AttributeDefinition> attributes = List.of(string("PK"), string("SK"), string("GSI1PK"), string("GSI1SK"),
				string("GSI2PK"), string("GSI2SK"));
		dynamo.createTable(b -> b.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(attributes)
			.keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
			.globalSecondaryIndexes(index("GSI1"), index("GSI2")));
		return name;
	}

	private static GlobalSecondaryIndex index(String name) {
		return GlobalSecondaryIndex.builder()
			.indexName(name)
			.keySchema(key(name + "PK", KeyType.HASH), key(name + "SK", KeyType.RANGE))
			.projection(p -> p.projectionType(ProjectionType.ALL))
			.build();
	}

	private static AttributeDefinition string(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

}
