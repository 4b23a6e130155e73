package dev.stratus.platform.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stratus.platform.web.FixedPageTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import tools.jackson.databind.JsonNode;

import static dev.stratus.platform.workflow.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The history mapping on what moto cannot produce (Lambda tasks, retries, a task failing): Step
 * Functions' answers recorded on AWS (see {@code aws/README.md} beside the fixtures), served to the
 * SDK as Step Functions would serve them.
 */
class RecordedStepFunctionsTests {

	private static final String WORKFLOW = "registration";

	private final List<String> requests = new ArrayList<>();

	private HttpServer server;

	private StepFunctionsExecutions executions;

	/** The recording this test plays: {@code <name>.describe.json}, {@code <name>.history-<page>.json}. */
	private String recording;

	@BeforeEach
	void setUp() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::answer);
		server.start();
		var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
		SfnClient sfn = SfnClient.builder()
			.endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.build();
		EventBridgeClient events = EventBridgeClient.builder().region(Region.US_EAST_1).credentialsProvider(credentials)
			.build();
		executions = new StepFunctionsExecutions(sfn,
				new EventBusStarts(events, "stratus", mock(DynamoExecutionStore.class), Clock.systemUTC()),
				new StateMachines("arn:aws:states:us-east-1:111111111111:stateMachine:stratus-"),
				new InMemoryExecutionStore(), FixedPageTokens.create());
	}

	@AfterEach
	void tearDown() {
		executions.close();
		server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
		JsonNode request = json(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		requests.add(target + " " + request);
		String file = switch (target) {
			case "AWSStepFunctions.DescribeExecution" -> recording + ".describe.json";
			case "AWSStepFunctions.GetExecutionHistory" -> recording + ".history-"
					+ (request.has("nextToken") ? 2 : 1) + ".json";
			default -> throw new IllegalStateException("Not recorded: " + target);
		};
		String arn = request.path("executionArn").asString();
		byte[] body = fixture(file).replace("\"ARN\"", "\"" + arn + "\"")
			.replace("\"NAME\"", "\"" + arn.substring(arn.lastIndexOf(':') + 1) + "\"")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private static String fixture(String file) {
		try (InputStream in = RecordedStepFunctionsTests.class.getResourceAsStream("aws/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void countsRetriesAsAttemptsAndMarksACaughtStepReadingEveryPageOfTheHistory() {
		recording = "retry-caught";
		String id = UUID.randomUUID().toString();

		Execution execution = executions.find(WORKFLOW, id).orElseThrow();

		assertThat(requests).filteredOn(request -> request.startsWith("AWSStepFunctions.GetExecutionHistory"))
			.hasSize(2);
		assertThat(requests.get(0)).contains("arn:aws:states:us-east-1:111111111111:execution:stratus-registration:"
				+ id);
		assertThat(execution.executionId()).isEqualTo(id);
		assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(execution.input()).isEqualTo(json("{\"Value1\": \"HelloWorld!\", \"Value2\": null}"));
		assertThat(execution.output().path("Error").asString()).isEqualTo("Exception");
		assertThat(execution.steps()).extracting(Step::name).containsExactly("InvokeLambdaWithRetry", "HandleError");
		Step invoke = execution.steps().get(0);
		assertThat(invoke.type()).isEqualTo("Task");
		assertThat(invoke.status()).isEqualTo(StepStatus.CAUGHT);
		assertThat(invoke.attempts()).isEqualTo(4);
		assertThat(invoke.error().code()).isEqualTo("Exception");
		// The Lambda runtime's error document is reduced to its message: no stack trace is ever answered.
		assertThat(invoke.error().cause()).isEqualTo("Some exception was raised.");
		assertThat(execution.output().path("Cause").asString()).isEqualTo("Some exception was raised.");
		assertThat(execution.toString()).doesNotContain("stackTrace", "handler.py");
		assertThat(invoke.output()).isEqualTo(execution.steps().get(1).input());
		assertThat(invoke.enteredAt()).isEqualTo(Instant.parse("2025-11-29T10:00:00.050Z"));
		assertThat(invoke.exitedAt()).isAfter(invoke.enteredAt().plusSeconds(10));
		Step handle = execution.steps().get(1);
		assertThat(handle.status()).isEqualTo(StepStatus.SUCCEEDED);
		assertThat(handle.attempts()).isEqualTo(1);
		assertThat(handle.error()).isNull();
	}

	@Test
	void failsTheOpenTaskStepWithItsOwnErrorWhenNothingCatchesIt() {
		recording = "task-failed";

		Execution execution = executions.find(WORKFLOW, UUID.randomUUID().toString()).orElseThrow();

		assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(execution.error().code()).isEqualTo("DynamoDB.ResourceNotFoundException");
		assertThat(execution.output()).isNull();
		assertThat(execution.steps()).singleElement().satisfies(step -> {
			assertThat(step.name()).isEqualTo("PutItem");
			assertThat(step.status()).isEqualTo(StepStatus.FAILED);
			assertThat(step.attempts()).isEqualTo(1);
			assertThat(step.error().code()).isEqualTo("DynamoDB.ResourceNotFoundException");
			assertThat(step.error().cause()).startsWith("Requested resource not found");
			assertThat(step.output()).isNull();
			assertThat(step.exitedAt()).isEqualTo(Instant.parse("2025-11-29T10:00:00.100Z"));
		});
	}

}
