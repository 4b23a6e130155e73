package dev.stratus.platform.workflow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Choice state: every operator family, the Path variants, And/Or/Not, Default and no match. */
class ChoiceTests {

	/** Whether {@code rule} sends {@code input} to "Yes" (else Default "No"). */
	private static boolean matches(String rule, String input) {
		String definition = """
				{"StartAt": "C", "States": {
				"C": {"Type": "Choice", "Choices": [%s], "Default": "No"},
				"Yes": {"Type": "Succeed"}, "No": {"Type": "Fail", "Error": "NO"}}}""".formatted(withNext(rule));
		ExecutionRecord done = new Engine().run(definition, input);
		return done.status() == ExecutionStatus.SUCCEEDED;
	}

	private static String withNext(String rule) {
		return rule.substring(0, rule.length() - 1) + ", \"Next\": \"Yes\"}";
	}

	@ParameterizedTest(name = "{0} {1} on {2}: {3}")
	@CsvSource(delimiter = '|', value = {
			"StringEquals | \"abc\" | \"abc\" | true", "StringEquals | \"abc\" | \"abd\" | false",
			"StringEquals | \"5\" | 5 | false", "StringLessThan | \"b\" | \"a\" | true",
			"StringGreaterThan | \"b\" | \"c\" | true", "StringLessThanEquals | \"b\" | \"b\" | true",
			"StringGreaterThanEquals | \"b\" | \"a\" | false", "StringMatches | \"cust-*\" | \"cust-001\" | true",
			"StringMatches | \"a\\\\*b\" | \"a*b\" | true", "StringMatches | \"a\\\\*b\" | \"axb\" | false",
			"NumericEquals | 1 | 1.0 | true", "NumericEquals | 1 | \"1\" | false", "NumericLessThan | 10 | 9.5 | true",
			"NumericGreaterThan | 10 | 10 | false", "NumericLessThanEquals | 10 | 10 | true",
			"NumericGreaterThanEquals | 10 | 11 | true", "BooleanEquals | true | true | true",
			"BooleanEquals | false | true | false",
			"TimestampEquals | \"2026-01-01T00:00:00Z\" | \"2026-01-01T01:00:00+01:00\" | true",
			"TimestampLessThan | \"2026-01-01T00:00:00Z\" | \"2025-12-31T23:59:59Z\" | true",
			"TimestampGreaterThan | \"2026-01-01T00:00:00Z\" | \"2025-12-31T23:59:59Z\" | false",
			"TimestampLessThanEquals | \"2026-01-01T00:00:00Z\" | \"2026-01-01T00:00:00Z\" | true",
			"TimestampGreaterThanEquals | \"2026-01-01T00:00:00Z\" | \"not a time\" | false" })
	void comparesTheVariableWithALiteral(String operator, String operand, String value, boolean expected) {
		String rule = "{\"Variable\": \"$.v\", \"%s\": %s}".formatted(operator, operand);

		assertThat(matches(rule, "{\"v\": %s}".formatted(value))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} on {1} and {2}: {3}")
	@CsvSource(delimiter = '|', value = { "StringEqualsPath | \"a\" | \"a\" | true",
			"StringLessThanPath | \"a\" | \"b\" | true", "NumericGreaterThanPath | 3 | 2 | true",
			"NumericEqualsPath | 3 | 2 | false", "BooleanEqualsPath | true | true | true",
			"TimestampLessThanEqualsPath | \"2026-01-01T00:00:00Z\" | \"2026-01-02T00:00:00Z\" | true" })
	void comparesTheVariableWithTheValueAtAnotherPath(String operator, String value, String other,
			boolean expected) {
		String rule = "{\"Variable\": \"$.v\", \"%s\": \"$.other\"}".formatted(operator);

		assertThat(matches(rule, "{\"v\": %s, \"other\": %s}".formatted(value, other))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} on {1}: {2}")
	@CsvSource(delimiter = '|', value = { "IsNull | null | true", "IsNull | 0 | false", "IsNumeric | 1.5 | true",
			"IsNumeric | \"1\" | false", "IsString | \"x\" | true", "IsString | 1 | false", "IsBoolean | false | true",
			"IsBoolean | \"true\" | false", "IsTimestamp | \"2026-11-29T10:00:00Z\" | true",
			"IsTimestamp | \"2026-11-29\" | false" })
	void testsTheVariablesType(String operator, String value, boolean expected) {
		assertThat(matches("{\"Variable\": \"$.v\", \"%s\": true}".formatted(operator),
				"{\"v\": %s}".formatted(value))).isEqualTo(expected);
		assertThat(matches("{\"Variable\": \"$.v\", \"%s\": false}".formatted(operator),
				"{\"v\": %s}".formatted(value))).isEqualTo(!expected);
	}

	@Test
	void testsWhetherTheVariableIsPresent() {
		assertThat(matches("{\"Variable\": \"$.v\", \"IsPresent\": true}", "{\"v\": null}")).isTrue();
		assertThat(matches("{\"Variable\": \"$.v\", \"IsPresent\": true}", "{}")).isFalse();
		assertThat(matches("{\"Variable\": \"$.v\", \"IsPresent\": false}", "{}")).isTrue();
	}

	@Test
	void combinesRulesWithAndOrNot() {
		String rule = """
				{"And": [{"Variable": "$.n", "NumericGreaterThan": 1},
				{"Or": [{"Variable": "$.s", "StringEquals": "a"},
				{"Not": {"Variable": "$.b", "BooleanEquals": true}}]}]}""";

		assertThat(matches(rule, "{\"n\": 2, \"s\": \"a\", \"b\": true}")).isTrue();
		assertThat(matches(rule, "{\"n\": 2, \"s\": \"x\", \"b\": false}")).isTrue();
		assertThat(matches(rule, "{\"n\": 2, \"s\": \"x\", \"b\": true}")).isFalse();
		assertThat(matches(rule, "{\"n\": 1, \"s\": \"a\", \"b\": false}")).isFalse();
	}

	@Test
	void takesTheFirstMatchingRuleAndPassesItsInputOn() {
		ExecutionRecord done = new Engine().run("""
				{"StartAt": "C", "States": {
				"C": {"Type": "Choice", "OutputPath": "$.keep", "Choices": [
				{"Variable": "$.n", "NumericGreaterThan": 0, "Next": "First"},
				{"Variable": "$.n", "NumericGreaterThan": 1, "Next": "Second"}]},
				"First": {"Type": "Succeed"}, "Second": {"Type": "Fail"}}}""", "{\"n\": 5, \"keep\": {\"k\": 1}}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(done.steps()).extracting(StepRecord::name).containsExactly("C", "First");
		assertThat(done.output()).isEqualTo(Engine.json("{\"k\": 1}"));
	}

	@Test
	void failsWithNoChoiceMatchedWithoutADefault() {
		ExecutionRecord done = new Engine().run("""
				{"StartAt": "C", "States": {
				"C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "Done"}]},
				"Done": {"Type": "Succeed"}}}""", "{\"n\": 2}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(done.error().code()).isEqualTo("States.NoChoiceMatched");
	}

	@Test
	void failsWithStatesRuntimeWhenTheVariableIsMissing() {
		ExecutionRecord done = new Engine().run("""
				{"StartAt": "C", "States": {
				"C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "Done"}],
				"Default": "Done"},
				"Done": {"Type": "Succeed"}}}""", "{}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(done.error().code()).isEqualTo("States.Runtime");
	}

}
