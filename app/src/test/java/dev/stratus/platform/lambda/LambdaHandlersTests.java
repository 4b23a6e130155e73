package dev.stratus.platform.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.stratus.identity.internal.ApiKeyStore;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.workflow.TaskFailure;
import dev.stratus.platform.workflow.WorkflowTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each handler invoked in-process with event documents in the shapes AWS sends (under {@code events/}), against
 * the app started as a Lambda instance starts it (local mode, in memory, {@code STRATUS_RUNTIME=lambda}): one
 * application for the whole class, as one instance serves many invocations.
 */
class LambdaHandlersTests {

	private static final String ADMIN = "admin@lambda.test";

	private static final String PASSWORD = "Lambda-Admin-Password-9";

	private static final Map<String, String> SETTINGS = Map.of("spring.profiles.active", "test", "stratus.runtime",
			"lambda", "stratus.admin.email", ADMIN, "stratus.admin.password", PASSWORD);

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static ApiHandler api;

	private static String idToken;

	@BeforeAll
	static void startTheFunctionsApplication() {
		// Read while the application starts only, so that other test classes' contexts in this JVM never see them.
		SETTINGS.forEach(System::setProperty);
		try {
			api = new ApiHandler();
		}
		finally {
			SETTINGS.keySet().forEach(System::clearProperty);
		}
		idToken = signIn();
	}

	@AfterAll
	static void stopIt() {
		((org.springframework.context.ConfigurableApplicationContext) LambdaApplication.get().context()).close();
	}

	@Test
	void answersTheHealthCheck() {
		JsonNode response = invoke(event("http-get-health.json"));

		assertThat(response.path("statusCode").asInt()).isEqualTo(200);
		assertThat(body(response).path("data").path("status").asString()).isEqualTo("healthy");
	}

	@Test
	void signsInWithTokens() {
		ObjectNode login = event("http-post-login.json");
		login.put("body", JSON.writeValueAsString(Map.of("email", ADMIN, "password", PASSWORD)));

		JsonNode response = invoke(login);

		assertThat(response.path("statusCode").asInt()).isEqualTo(200);
		JsonNode tokens = body(response).path("data");
		assertThat(tokens.path("idToken").asString()).isNotBlank();
		assertThat(tokens.path("refreshToken").asString()).isNotBlank();
	}

	@Test
	void placesAnOrderWrittenToDynamoDbAndSentToItsQueue() {
		String orderId = placeOrder(createProduct());

		var item = bean(DynamoDbClient.class)
			.getItem(b -> b.tableName("stratus-inventory")
				.key(Map.of("PK", AttributeValue.fromS("ORDER#" + orderId), "SK", AttributeValue.fromS("METADATA")))
				.consistentRead(true))
			.item();
		assertThat(item).isNotEmpty();
		assertThat(item.get("status").s()).isEqualTo("PENDING");
		// Relayed before the answer: no loop runs on Lambda.
		assertThat(orders().outbox(100)).isEmpty();
	}

	@Test
	void writesAnApiKeysUsageBeforeTheInvocationAnswers() {
		ObjectNode create = at(authorized(event("http-post-orders.json")), "/api/admin/api-keys");
		create.put("body",
				JSON.writeValueAsString(Map.of("name", "Lambda reader", "scopes", List.of("customers:read"))));
		JsonNode key = body(invoke(create)).path("data");
		ObjectNode read = get("/api/customers/executions");
		((ObjectNode) read.path("headers")).put("x-api-key", key.path("key").asString());

		JsonNode answer = invoke(read);

		assertThat(answer.path("statusCode").asInt()).as(answer.toString()).isEqualTo(200);
		// A frozen instance runs no schedule: the count is in DynamoDB once the invocation has returned.
		String prefix = key.path("prefix").asString();
		assertThat(bean(ApiKeyStore.class).usage(List.of(prefix), LocalDate.now(bean(Clock.class))))
			.containsEntry(prefix, 1L);
	}

	@Test
	void reportsOnlyThePoisonedRecordOfABatchAsFailed() {
		SqsClient sqs = bean(SqsClient.class);
		// Only this test's messages: other tests' orders wait in the queue too, since no worker runs.
		sqs.purgeQueue(b -> b.queueUrl(orders().queueUrl()));
		String product = createProduct();
		List<String> orderIds = List.of(placeOrder(product), placeOrder(product));
		sqs.sendMessage(b -> b.queueUrl(orders().queueUrl()).messageBody("this is not an order message"));
		List<Message> received = receive(sqs, 3);
		Message poisoned = received.stream().filter(m -> !m.body().contains("orderId")).findFirst().orElseThrow();

		SQSBatchResponse response = new QueueHandler("orders").handleRequest(sqsEvent(received),
				new SyntheticContext("sqs", "stratus-orders-worker"));

		assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
			.containsExactly(poisoned.messageId());
		for (String orderId : orderIds) {
			JsonNode order = body(invoke(authorized(get("/api/orders/" + orderId))));
			assertThat(order.path("data").path("status").asString()).isEqualTo("CONFIRMED");
		}
	}

	@Test
	void runsAWorkflowTaskOnItsStepFunctionsInput() throws IOException {
		JsonNode output = runTask("customer-validate", read("sfn-customer-validate.json"));

		assertThat(output.path("valid").asBoolean()).isTrue();
		assertThat(output.path("item").path("PK").path("S").asString()).contains("lambda-cust-001");
	}

	@Test
	void answersARejectedCustomerAsTheWorkflowExpects() throws IOException {
		ObjectNode input = (ObjectNode) JSON.readTree(read("sfn-customer-validate.json"));
		((ObjectNode) input.path("customer")).put("id", "no spaces allowed");

		JsonNode output = runTask("customer-validate", input.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(output.path("valid").asBoolean()).isFalse();
		assertThat(output.path("error").asString()).isEqualTo("INVALID_ID");
	}

	@Test
	void throwsATaskFailureAsAnErrorOfItsName() {
		WorkflowTask failing = new WorkflowTask() {

			@Override
			public String functionName() {
				return "always-fails";
			}

			@Override
			public JsonNode run(JsonNode input) {
				throw new TaskFailure("CUSTOMER_BLOCKED", "Blocked by an administrator");
			}

		};
		WorkflowTaskHandler handler = new WorkflowTaskHandler(failing, bean(JsonMapper.class));

		assertThatThrownBy(() -> handler.handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)),
				new ByteArrayOutputStream(), new SyntheticContext("sfn", "always-fails")))
			// The Lambda runtime reports the class name as errorType; Step Functions matches ErrorEquals on it.
			.satisfies(error -> assertThat(error.getClass().getName()).isEqualTo("CUSTOMER_BLOCKED"))
			.isInstanceOf(TaskError.class)
			.hasMessage("Blocked by an administrator");
	}

	@Test
	void refusesAFunctionNamingNoTask() {
		assertThatThrownBy(() -> new WorkflowTaskHandler("customer-nothing"))
			.hasMessageContaining("customer-nothing")
			.hasMessageContaining("customer-validate");
	}

	@Test
	void housekeepsEveryJobIdempotently() {
		HousekeepingHandler housekeeping = new HousekeepingHandler();

		List<JobPipeline.Housekeeping> first = housekeeping.pass();
		List<JobPipeline.Housekeeping> second = housekeeping.pass();

		assertThat(first).extracting(JobPipeline.Housekeeping::job).contains("orders", "workflows");
		assertThat(second).allSatisfy(pass -> assertThat(pass.relayed()).isZero());
	}

	private static String signIn() {
		ObjectNode login = event("http-post-login.json");
		login.put("body", JSON.writeValueAsString(Map.of("email", ADMIN, "password", PASSWORD)));
		return body(invoke(login)).path("data").path("idToken").asString();
	}

	private static String createProduct() {
		ObjectNode create = at(authorized(event("http-post-orders.json")), "/api/products");
		create.put("body", JSON.writeValueAsString(Map.of("name", "Lambda lamp", "description",
				"A lamp sold through a Lambda function", "category", "other", "price", 1999, "quantity", 50, "sku",
				"LAMBDA-" + UUID.randomUUID().toString().substring(0, 8))));
		JsonNode response = invoke(create);
		assertThat(response.path("statusCode").asInt()).as(response.toString()).isEqualTo(201);
		return body(response).path("data").path("id").asString();
	}

	private static String placeOrder(String productId) {
		ObjectNode order = authorized(event("http-post-orders.json"));
		order.put("body", JSON.writeValueAsString(Map.of("productId", productId, "quantity", 1)));
		JsonNode response = invoke(order);
		assertThat(response.path("statusCode").asInt()).as(response.toString()).isIn(201, 202);
		return body(response).path("data").path("id").asString();
	}

	private static ObjectNode get(String path) {
		return at(event("http-get-health.json"), path);
	}

	private static ObjectNode at(ObjectNode event, String path) {
		event.put("rawPath", path);
		((ObjectNode) event.path("requestContext").path("http")).put("path", path);
		return event;
	}

	private static ObjectNode authorized(ObjectNode event) {
		((ObjectNode) event.path("headers")).put("authorization", "Bearer " + idToken);
		return event;
	}

	private static JsonNode invoke(ObjectNode event) {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		try {
			api.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), answer,
					new SyntheticContext(UUID.randomUUID().toString(), "stratus-api"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return JSON.readTree(answer.toByteArray());
	}

	private static JsonNode body(JsonNode response) {
		return JSON.readTree(response.path("body").asString());
	}

	private static JsonNode runTask(String function, byte[] input) throws IOException {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		new WorkflowTaskHandler(function).handleRequest(new ByteArrayInputStream(input), output,
				new SyntheticContext("sfn", function));
		return JSON.readTree(output.toByteArray());
	}

	/** The messages as the event source mapping would receive them, in the event document's shape. */
	private static SQSEvent sqsEvent(List<Message> messages) {
		ObjectNode event = event("sqs-orders.json");
		for (int i = 0; i < messages.size(); i++) {
			Message message = messages.get(i);
			ObjectNode record = (ObjectNode) event.path("Records").get(i);
			record.put("messageId", message.messageId());
			record.put("receiptHandle", message.receiptHandle());
			record.put("body", message.body());
			((ObjectNode) record.path("attributes")).put("ApproximateReceiveCount",
					message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
		}
		return JSON.treeToValue(event, SQSEvent.class);
	}

	private static List<Message> receive(SqsClient sqs, int count) {
		List<Message> received = new ArrayList<>();
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (received.size() < count && System.nanoTime() < deadline) {
			received.addAll(sqs
				.receiveMessage(b -> b.queueUrl(orders().queueUrl())
					.maxNumberOfMessages(count - received.size())
					.waitTimeSeconds(1)
					.messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
				.messages());
		}
		assertThat(received).hasSize(count);
		return received;
	}

	private static JobPipeline<?> orders() {
		return LambdaApplication.get().jobs().stream().filter(job -> job.job().name().equals("orders")).findFirst()
			.orElseThrow();
	}

	private static <T> T bean(Class<T> type) {
		return LambdaApplication.get().bean(type);
	}

	private static ObjectNode event(String name) {
		try {
			return (ObjectNode) JSON.readTree(read(name));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] read(String name) throws IOException {
		try (InputStream in = LambdaHandlersTests.class.getResourceAsStream("events/" + name)) {
			if (in == null) {
				throw new IllegalStateException("No event document " + name);
			}
			return in.readAllBytes();
		}
	}

}
