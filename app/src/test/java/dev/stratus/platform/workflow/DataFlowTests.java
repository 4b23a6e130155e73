package dev.stratus.platform.workflow;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.stratus.platform.workflow.Engine.json;
import static dev.stratus.platform.workflow.Tasks.arn;
import static dev.stratus.platform.workflow.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;

/** InputPath, Parameters, ResultSelector, ResultPath and OutputPath, as the specification's examples run them. */
class DataFlowTests {

	private static String pass(String fields) {
		return """
				{"StartAt": "P", "States": {"P": {"Type": "Pass", %s "End": true}}}""".formatted(fields);
	}

	private static JsonNode output(Engine engine, String definition, String input) {
		ExecutionRecord done = engine.run(definition, input);
		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		return done.output();
	}

	@Test
	void selectsTheEffectiveInputWithInputPath() {
		Tasks.Recording echo = task("echo", input -> input);
		Engine engine = new Engine(echo);

		output(engine, """
				{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "InputPath": "$.order",
				"ResultPath": null, "End": true}}}""".formatted(arn("echo")), """
				{"order": {"id": 7}, "other": 1}""");

		assertThat(echo.inputs).containsExactly(json("{\"id\": 7}"));
	}

	@Test
	void givesAnEmptyObjectForANullInputPath() {
		assertThat(output(new Engine(), pass("\"InputPath\": null, \"ResultPath\": \"$.copy\","), "{\"a\": 1}"))
			.isEqualTo(json("{\"a\": 1, \"copy\": {}}"));
	}

	@Test
	void fillsParametersFromPathsTheContextObjectAndNestedTemplates() {
		ExecutionRecord done = new Engine().run(pass("""
				"Parameters": {"fixed": "x", "id.$": "$.id", "nested": {"first.$": "$.items[0]"},
				"list": [{"n.$": "$.id"}], "execution.$": "$$.Execution.Name", "state.$": "$$.State.Name",
				"entered.$": "$$.State.EnteredTime", "retries.$": "$$.State.RetryCount",
				"input.$": "$$.Execution.Input.id", "machine.$": "$$.StateMachine.Name"},"""), """
				{"id": "c-1", "items": ["a", "b"]}""");

		assertThat(done.output()).isEqualTo(json("""
				{"fixed": "x", "id": "c-1", "nested": {"first": "a"}, "list": [{"n": "c-1"}],
				"execution": "%s", "state": "P", "entered": "2026-11-29T10:00:00.000Z", "retries": 0,
				"input": "c-1", "machine": "test"}""".formatted(done.id())));
	}

	@Test
	void returnsTheArrayOfMatchesForAPathWithAWildcard() {
		assertThat(output(new Engine(), pass("\"Parameters\": {\"ids.$\": \"$.items[*].id\"},"), """
				{"items": [{"id": 1}, {"id": 2}]}""")).isEqualTo(json("{\"ids\": [1, 2]}"));
	}

	@Test
	void shapesATaskResultWithResultSelector() {
		Engine engine = new Engine(task("lookup", input -> json("{\"Item\": {\"id\": 3, \"noise\": true}}")));

		assertThat(output(engine, """
				{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
				"ResultSelector": {"id.$": "$.Item.id", "source": "lookup"}, "End": true}}}""".formatted(arn("lookup")),
				"{}")).isEqualTo(json("{\"id\": 3, \"source\": \"lookup\"}"));
	}

	@Test
	void replacesTheInputWithTheResultByDefault() {
		assertThat(output(new Engine(), pass("\"Result\": {\"r\": 1},"), "{\"a\": 1}")).isEqualTo(json("{\"r\": 1}"));
	}

	@Test
	void mergesTheResultIntoTheInputAtResultPathCreatingObjectsOnTheWay() {
		assertThat(output(new Engine(), pass("\"Result\": 5, \"ResultPath\": \"$.a.b.c\","), "{\"a\": {\"x\": 1}}"))
			.isEqualTo(json("{\"a\": {\"x\": 1, \"b\": {\"c\": 5}}}"));
	}

	@Test
	void discardsTheResultForANullResultPath() {
		assertThat(output(new Engine(), pass("\"Result\": 5, \"ResultPath\": null,"), "{\"a\": 1}"))
			.isEqualTo(json("{\"a\": 1}"));
	}

	@Test
	void failsWithResultPathMatchFailureWhenTheResultCannotBePlaced() {
		ExecutionRecord done = new Engine().run(pass("\"Result\": 5, \"ResultPath\": \"$.a.b\","), "{\"a\": \"text\"}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(done.error().code()).isEqualTo("States.ResultPathMatchFailure");
	}

	@Test
	void selectsTheOutputWithOutputPathAndGivesAnEmptyObjectForNull() {
		assertThat(output(new Engine(), pass("\"OutputPath\": \"$.keep\","), "{\"keep\": [1], \"drop\": 2}"))
			.isEqualTo(json("[1]"));
		assertThat(output(new Engine(), pass("\"OutputPath\": null,"), "{\"a\": 1}")).isEqualTo(json("{}"));
	}

	@Test
	void failsWithStatesRuntimeWhenAPathNamesNothing() {
		ExecutionRecord done = new Engine().run(pass("\"Parameters\": {\"x.$\": \"$.missing\"},"), "{\"a\": 1}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(done.error().code()).isEqualTo("States.Runtime");
		assertThat(done.error().cause()).contains("$.missing").contains("x.$");
		assertThat(done.steps()).singleElement().extracting(StepRecord::status).isEqualTo(StepStatus.FAILED);
	}

}
