package dev.stratus.platform.workflow;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static dev.stratus.platform.workflow.Tasks.arn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/** A definition the engine would misrun is refused at declaration, every problem named at its JSON path. */
class DefinitionValidationTests {

	private static List<String> problems(String definition) {
		TaskResources resources = new TaskResources(List.of(Tasks.task("known", input -> input)),
				mock(DynamoDbClient.class));
		return assertThatExceptionOfType(InvalidWorkflow.class)
			.isThrownBy(() -> DefinitionParser.parse("test", Engine.json(definition), resources))
			.withMessageStartingWith("Workflow test is invalid:")
			.actual()
			.problems();
	}

	private static String states(String states) {
		return "{\"StartAt\": \"A\", \"States\": {" + states + "}}";
	}

	@Test
	void acceptsAValidDefinition() {
		Definition definition = new Engine(Tasks.task("known", input -> input)).parse(states("""
				"A": {"Type": "Task", "Resource": "%s", "Retry": [{"ErrorEquals": ["States.ALL"]}],
				"Catch": [{"ErrorEquals": ["States.ALL"], "Next": "B"}], "Next": "B"},
				"B": {"Type": "Succeed"}""".formatted(arn("known"))));

		assertThat(definition.startAt()).isEqualTo("A");
		assertThat(definition.states()).containsOnlyKeys("A", "B");
	}

	@Test
	void refusesAnUnknownStateType() {
		assertThat(problems(states("\"A\": {\"Type\": \"Teleport\", \"End\": true}")))
			.containsExactly("$.States.A.Type: is not a state type: Teleport");
		assertThat(problems(states("\"A\": {\"Type\": \"Parallel\", \"End\": true}")))
			.containsExactly("$.States.A.Type: the local engine does not run Parallel states");
	}

	@Test
	void refusesNamesThatLeadToNoState() {
		assertThat(problems("""
				{"StartAt": "Nowhere", "States": {"A": {"Type": "Pass", "Next": "Gone"}}}"""))
			.contains("$.StartAt: names no state: Nowhere", "$.States.A.Next: names no state: Gone");
		assertThat(problems(states("""
				"A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "Next": "Lost"}],
				"Default": "Missing"}""")))
			.containsExactlyInAnyOrder("$.States.A.Choices[0].Next: names no state: Lost",
					"$.States.A.Default: names no state: Missing");
	}

	@Test
	void refusesUnreachableStates() {
		assertThat(problems(states("""
				"A": {"Type": "Succeed"}, "Island": {"Type": "Pass", "End": true}""")))
			.containsExactly("$.States.Island: is unreachable from StartAt");
	}

	@Test
	void refusesAStateWithNeitherOrBothOfNextAndEnd() {
		assertThat(problems(states("\"A\": {\"Type\": \"Pass\"}")))
			.containsExactly("$.States.A: needs exactly one of Next and End");
		assertThat(problems(states("\"A\": {\"Type\": \"Pass\", \"Next\": \"A\", \"End\": true}")))
			.containsExactly("$.States.A: needs exactly one of Next and End");
		assertThat(problems(states("\"A\": {\"Type\": \"Succeed\", \"End\": true}")))
			.containsExactly("$.States.A.End: is not a field of a Succeed state");
	}

	@Test
	void refusesBadRetryFields() {
		assertThat(problems(states("""
				"A": {"Type": "Task", "Resource": "%s", "End": true, "Retry": [
				{"ErrorEquals": ["States.ALL", "Other"], "IntervalSeconds": 0, "MaxAttempts": -1,
				"BackoffRate": 0.5, "MaxDelaySeconds": 0, "JitterStrategy": "SOME", "Tries": 2},
				{"ErrorEquals": []}]}""".formatted(arn("known")))))
			.containsExactlyInAnyOrder("$.States.A.Retry[0].ErrorEquals: States.ALL must appear alone",
					"$.States.A.Retry[0]: the entry with States.ALL must be the last one",
					"$.States.A.Retry[0].IntervalSeconds: must be an integer of at least 1",
					"$.States.A.Retry[0].MaxAttempts: must be an integer of at least 0",
					"$.States.A.Retry[0].BackoffRate: must be a number of at least 1.0",
					"$.States.A.Retry[0].MaxDelaySeconds: must be an integer of at least 1",
					"$.States.A.Retry[0].JitterStrategy: must be FULL or NONE",
					"$.States.A.Retry[0].Tries: is not a field of a retrier",
					"$.States.A.Retry[1].ErrorEquals: must be a non-empty array of error names");
	}

	@Test
	void refusesBadCatchFields() {
		assertThat(problems(states("""
				"A": {"Type": "Task", "Resource": "%s", "End": true, "Catch": [
				{"ErrorEquals": ["States.ALL"], "Next": "B"}, {"ErrorEquals": ["X"], "ResultPath": "$.a[*]"}]},
				"B": {"Type": "Succeed"}""".formatted(arn("known")))))
			.containsExactlyInAnyOrder("$.States.A.Catch[0]: the entry with States.ALL must be the last one",
					"$.States.A.Catch[1].ResultPath: must be a Reference Path (one node: no wildcards, filters or ..): "
							+ "$.a[*]",
					"$.States.A.Catch[1].Next: is missing");
	}

	@Test
	void refusesMalformedPaths() {
		List<String> problems = problems(states("""
				"A": {"Type": "Pass", "InputPath": "$.a[?(@.b", "OutputPath": "items", "ResultPath": "$..x",
				"Parameters": {"id.$": "$.b[?(", "f.$": "States.Format('{}', $.x)"}, "End": true}"""));

		assertThat(problems).hasSize(5)
			.anyMatch(p -> p.startsWith("$.States.A.InputPath: is not a valid JSONPath"))
			.contains("$.States.A.OutputPath: is not a path (it must start with $): items",
					"$.States.A.ResultPath: must be a Reference Path (one node: no wildcards, filters or ..): $..x",
					"$.States.A.Parameters['f.$']: uses an intrinsic function, which the local engine does not run: "
							+ "States.Format('{}', $.x)")
			.anyMatch(p -> p.startsWith("$.States.A.Parameters['id.$']: is not a valid JSONPath"));
	}

	@Test
	void refusesATaskResourceNothingRuns() {
		assertThat(problems(states("""
				"A": {"Type": "Task", "Resource": "%s", "Next": "B"},
				"B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Next": "C"},
				"C": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem", "End": true}"""
			.formatted(arn("unknown")))))
			.containsExactly("$.States.A.Resource: names function unknown, which no WorkflowTask bean is",
					"$.States.B.Resource: is a service integration the local engine does not run: "
							+ "arn:aws:states:::sqs:sendMessage",
					"$.States.C.Resource: needs Parameters with a TableName");
	}

	@Test
	void refusesBadChoiceRules() {
		assertThat(problems(states("""
				"A": {"Type": "Choice", "Choices": [
				{"Variable": "$.a", "StringEquals": 5, "Next": "B"},
				{"Variable": "$.a", "IsPresentish": true, "Next": "B"},
				{"And": [{"Variable": "$.a", "IsNull": true, "Next": "B"}], "Next": "B"},
				{"Variable": "$.a", "NumericEqualsPath": 3, "Next": "B"}]},
				"B": {"Type": "Succeed"}""")))
			.containsExactlyInAnyOrder("$.States.A.Choices[0].StringEquals: must be a string",
					"$.States.A.Choices[1].IsPresentish: is not a comparison operator",
					"$.States.A.Choices[2].And[0].Next: only a top-level rule has Next",
					"$.States.A.Choices[3].NumericEqualsPath: must be a path");
	}

	@Test
	void refusesAWaitWithoutExactlyOneDuration() {
		assertThat(problems(states("\"A\": {\"Type\": \"Wait\", \"Seconds\": 1, "
				+ "\"Timestamp\": \"2026-01-01T00:00:00Z\", \"End\": true}")))
			.containsExactly("$.States.A: needs exactly one of Seconds, SecondsPath, Timestamp and TimestampPath");
	}

	@Test
	void listsEveryProblemAtOnce() {
		assertThat(problems("""
				{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Gone", "Extra": 1},
				"Island": {"Type": "Fail", "Error": "E", "ErrorPath": "$.e"}}}""")).hasSize(4);
	}

	@Test
	void refusesAPlaceholderWithoutASubstitution() {
		List<String> missing = new java.util.ArrayList<>();

		var substituted = Workflows.substitute(Engine.json("""
				{"States": {"A": {"Resource": "${Known}", "Parameters": {"TableName": "${Table}"}}}}"""), "$",
				Map.of("Known", "arn:x"), missing);

		assertThat(substituted.at("/States/A/Resource").asString()).isEqualTo("arn:x");
		assertThat(missing)
			.containsExactly("$.States.A.Parameters.TableName: placeholder ${Table} has no substitution");
	}

}
