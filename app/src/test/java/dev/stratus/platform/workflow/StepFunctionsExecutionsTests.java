package dev.stratus.platform.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.stratus.MotoServer;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.web.FixedPageTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import tools.jackson.databind.JsonNode;

import static dev.stratus.platform.workflow.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

/**
 * Reads on AWS against real executions of moto's Step Functions, started as the starter starts them:
 * named after the execution id.
 */
class StepFunctionsExecutionsTests {

	private static final String PASSING = """
			{"StartAt": "Prepare", "States": {
				"Prepare": {"Type": "Pass", "Result": {"valid": true}, "ResultPath": "$.check", "Next": "Decide"},
				"Decide": {"Type": "Choice", "Choices": [{"Variable": "$.check.valid", "BooleanEquals": true,
					"Next": "Done"}], "Default": "Reject"},
				"Reject": {"Type": "Fail", "Error": "INVALID_ID", "Cause": "not valid"},
				"Done": {"Type": "Succeed"}}}""";

	private static final String FAILING = PASSING.replace("\"valid\": true", "\"valid\": false");

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private final InMemoryExecutionStore stubs = new InMemoryExecutionStore();

	private SfnClient sfn;

	private StepFunctionsExecutions executions;

	/** Points the reads at {@code server}, with this test's two state machines on it. */
	private void on(MotoServer server) {
		sfn = server.client(SfnClient.builder());
		for (String workflow : List.of("passing", "failing")) {
			sfn.createStateMachine(b -> b.name("stratus-" + workflow + "-" + suffix)
				.roleArn("arn:aws:iam::" + MotoServer.ACCOUNT + ":role/stratus-workflows")
				.definition(workflow.equals("passing") ? PASSING : FAILING));
		}
		StateMachines machines = new StateMachines(
				"arn:aws:states:" + MotoServer.REGION + ":" + MotoServer.ACCOUNT + ":stateMachine:stratus-");
		EventBusStarts starts = new EventBusStarts(server.client(EventBridgeClient.builder()), "stratus",
				mock(DynamoExecutionStore.class), Clock.systemUTC());
		executions = new StepFunctionsExecutions(sfn, starts, machines, stubs, FixedPageTokens.create());
	}

	@AfterEach
	void tearDown() {
		if (executions != null) {
			executions.close();
		}
	}

	private String workflow(String name) {
		return name + "-" + suffix;
	}

	/** As the starter does it: the execution's name is the app's execution id. */
	private String startOnStepFunctions(String workflow, String input) {
		String id = UUID.randomUUID().toString();
		sfn.startExecution(b -> b.stateMachineArn("arn:aws:states:" + MotoServer.REGION + ":" + MotoServer.ACCOUNT
				+ ":stateMachine:stratus-" + workflow).name(id).input(input));
		return id;
	}

	private Execution finished(String workflow, String id) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> executions.find(workflow, id).orElseThrow(),
					found -> found.status() != ExecutionStatus.RUNNING);
	}

	@Test
	void mapsASucceededExecutionAndItsStepsInTheOrderEntered() {
		Execution execution;
		String workflow = workflow("passing");
		String id;
		try (MotoServer server = MotoServer.executing()) {
			on(server);
			id = startOnStepFunctions(workflow, "{\"id\": \"cust-001\"}");

			execution = finished(workflow, id);
		}

		JsonNode checked = json("{\"id\": \"cust-001\", \"check\": {\"valid\": true}}");
		assertThat(execution.executionId()).isEqualTo(id);
		assertThat(execution.workflow()).isEqualTo(workflow);
		assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(execution.input()).isEqualTo(json("{\"id\": \"cust-001\"}"));
		assertThat(execution.output()).isEqualTo(checked);
		assertThat(execution.error()).isNull();
		assertThat(execution.stoppedAt()).isAfterOrEqualTo(execution.startedAt());
		assertThat(execution.steps()).extracting(Step::name).containsExactly("Prepare", "Decide", "Done");
		assertThat(execution.steps()).extracting(Step::type).containsExactly("Pass", "Choice", "Succeed");
		assertThat(execution.steps()).allSatisfy(step -> {
			assertThat(step.status()).isEqualTo(StepStatus.SUCCEEDED);
			assertThat(step.attempts()).isEqualTo(1);
			assertThat(step.exitedAt()).isAfterOrEqualTo(step.enteredAt());
			assertThat(step.error()).isNull();
		});
		assertThat(execution.steps().get(0).input()).isEqualTo(json("{\"id\": \"cust-001\"}"));
		assertThat(execution.steps().get(0).output()).isEqualTo(checked);
		assertThat(execution.steps().get(1).input()).isEqualTo(checked);
	}

	@Test
	void mapsAFailedExecutionWithItsErrorOnTheFailStep() {
		Execution execution;
		String workflow = workflow("failing");
		try (MotoServer server = MotoServer.executing()) {
			on(server);
			String id = startOnStepFunctions(workflow, "{\"id\": \"x\"}");

			execution = finished(workflow, id);
		}

		assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(execution.error()).isEqualTo(new ExecutionError("INVALID_ID", "not valid"));
		assertThat(execution.output()).isNull();
		assertThat(execution.stoppedAt()).isNotNull();
		assertThat(execution.steps()).extracting(Step::name).containsExactly("Prepare", "Decide", "Reject");
		Step reject = execution.steps().get(2);
		assertThat(reject.type()).isEqualTo("Fail");
		assertThat(reject.status()).isEqualTo(StepStatus.FAILED);
		assertThat(reject.error()).isEqualTo(new ExecutionError("INVALID_ID", "not valid"));
		assertThat(reject.output()).isNull();
		assertThat(reject.exitedAt()).isNotNull();
	}

	@Test
	void readsAnExecutionWhoseStartIsStillOnItsWayFromItsItem() {
		on(MotoServer.shared());
		String workflow = workflow("passing");
		String id = UUID.randomUUID().toString();
		Instant at = Instant.parse("2026-11-29T10:00:00Z");
		stubs.put(ExecutionRecord.started(id, workflow, json("{\"id\": \"cust-002\"}"), "Prepare", at));

		Execution execution = executions.find(workflow, id).orElseThrow();

		assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
		assertThat(execution.input()).isEqualTo(json("{\"id\": \"cust-002\"}"));
		assertThat(execution.startedAt()).isEqualTo(at);
		assertThat(execution.steps()).isEmpty();
		assertThat(executions.find(workflow("failing"), id)).isEmpty();
		assertThat(executions.find(workflow, UUID.randomUUID().toString())).isEmpty();
	}

	@Test
	void listsNewestFirstByStatusPagingWithSignedTokens() {
		// The shared server records executions without running them: all three stay RUNNING.
		on(MotoServer.shared());
		String workflow = workflow("passing");
		String first = startOnStepFunctions(workflow, "{\"n\": 1}");
		String second = startOnStepFunctions(workflow, "{\"n\": 2}");
		String third = startOnStepFunctions(workflow, "{\"n\": 3}");

		Page<ExecutionSummary> page = executions.list(workflow, null, 2, null);

		assertThat(page.items()).extracting(ExecutionSummary::executionId).containsExactly(third, second);
		assertThat(page.items()).extracting(ExecutionSummary::input)
			.containsExactly(json("{\"n\": 3}"), json("{\"n\": 2}"));
		assertThat(page.items()).allSatisfy(item -> {
			assertThat(item.status()).isEqualTo(ExecutionStatus.RUNNING);
			assertThat(item.workflow()).isEqualTo(workflow);
			assertThat(item.output()).isNull();
		});
		assertThat(page.nextToken()).isNotNull();
		Page<ExecutionSummary> last = executions.list(workflow, null, 2, page.nextToken());
		assertThat(last.items()).extracting(ExecutionSummary::executionId).containsExactly(first);
		assertThat(last.nextToken()).isNull();
		assertThat(executions.list(workflow, ExecutionStatus.RUNNING, 10, null).items()).hasSize(3);
		assertThat(executions.list(workflow, ExecutionStatus.SUCCEEDED, 10, null).items()).isEmpty();
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> executions.list(workflow, ExecutionStatus.RUNNING, 2, page.nextToken()));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> executions.list(workflow, null, 2, page.nextToken() + "x"));
	}


}
