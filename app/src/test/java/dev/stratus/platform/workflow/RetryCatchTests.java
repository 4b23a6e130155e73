package dev.stratus.platform.workflow;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static dev.stratus.platform.workflow.Engine.json;
import static dev.stratus.platform.workflow.Tasks.arn;
import static dev.stratus.platform.workflow.Tasks.failing;
import static dev.stratus.platform.workflow.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;

/** Retry back-off and its limits, Catch with ResultPath, the error wildcards and TimeoutSeconds. */
class RetryCatchTests {

	private static String definition(String name, String retry, String catches) {
		String caught = catches.isEmpty() ? "" : ", \"Caught\": {\"Type\": \"Pass\", \"End\": true}";
		return """
				{"StartAt": "T", "States": {
				"T": {"Type": "Task", "Resource": "%s", "Retry": [%s], "Catch": [%s], "End": true}%s}}"""
			.formatted(arn(name), retry, catches, caught);
	}

	@Test
	void retriesWithIntervalsGrowingByTheBackoffRate() {
		Engine engine = new Engine(failing("flaky", 3, "Transient"));

		ExecutionRecord done = engine.run(definition("flaky", """
				{"ErrorEquals": ["Transient"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 3}""",
				"{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"}"), "{\"a\": 1}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(engine.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(18));
		assertThat(done.steps().get(0).attempts()).isEqualTo(4);
	}

	@Test
	void retriesThreeTimesAfterOneSecondDoublingByDefault() {
		Engine engine = new Engine(failing("flaky", 10, "Transient"));

		ExecutionRecord done = engine.run(definition("flaky", "{\"ErrorEquals\": [\"Transient\"]}", ""), "{}");

		assertThat(engine.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(done.error()).isEqualTo(new ExecutionError("Transient", "failure 4"));
		assertThat(done.steps().get(0).attempts()).isEqualTo(4);
	}

	@Test
	void capsEachIntervalAtMaxDelaySeconds() {
		Engine engine = new Engine(failing("flaky", 4, "Transient"));

		engine.run(definition("flaky", """
				{"ErrorEquals": ["Transient"], "IntervalSeconds": 3, "MaxAttempts": 4, "BackoffRate": 2,
				"MaxDelaySeconds": 7}""", ""), "{}");

		assertThat(engine.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(7),
				Duration.ofSeconds(7));
	}

	@Test
	void neverRetriesWithMaxAttemptsZero() {
		Engine engine = new Engine(failing("flaky", 1, "Transient"));

		ExecutionRecord done = engine.run(
				definition("flaky", "{\"ErrorEquals\": [\"Transient\"], \"MaxAttempts\": 0}", ""), "{}");

		assertThat(engine.sleeps).isEmpty();
		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
	}

	@Test
	void usesOnlyTheFirstRetrierThatNamesTheError() {
		Engine engine = new Engine(failing("flaky", 2, "Transient"));

		ExecutionRecord done = engine.run(definition("flaky", """
				{"ErrorEquals": ["Transient"], "MaxAttempts": 1},
				{"ErrorEquals": ["States.ALL"], "MaxAttempts": 5}""", ""), "{}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(engine.sleeps).hasSize(1);
	}

	@Test
	void catchesTheErrorAndPlacesTheErrorOutputAtResultPath() {
		Engine engine = new Engine(failing("invalid", 1, "INVALID_ID"));

		ExecutionRecord done = engine.run(definition("invalid", "",
				"{\"ErrorEquals\": [\"INVALID_ID\"], \"ResultPath\": \"$.error\", \"Next\": \"Caught\"}"),
				"{\"id\": \"x\"}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(done.output()).isEqualTo(json("""
				{"id": "x", "error": {"Error": "INVALID_ID", "Cause": "failure 1"}}"""));
		assertThat(done.steps()).extracting(StepRecord::status)
			.containsExactly(StepStatus.CAUGHT, StepStatus.SUCCEEDED);
		assertThat(done.steps().get(0).error()).isEqualTo(new ExecutionError("INVALID_ID", "failure 1"));
	}

	@Test
	void passesOnlyTheErrorOutputByDefault() {
		Engine engine = new Engine(failing("invalid", 1, "INVALID_ID"));

		ExecutionRecord done = engine.run(definition("invalid", "",
				"{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"}"), "{\"id\": \"x\"}");

		assertThat(done.output()).isEqualTo(json("{\"Error\": \"INVALID_ID\", \"Cause\": \"failure 1\"}"));
	}

	@Test
	void countsAnyOtherExceptionAsStatesTaskFailed() {
		Engine engine = new Engine(task("broken", input -> {
			throw new IllegalStateException("boom");
		}));

		ExecutionRecord done = engine.run(definition("broken", "",
				"{\"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"Caught\"}"), "{}");

		assertThat(done.output()).isEqualTo(json("""
				{"Error": "States.TaskFailed", "Cause": "IllegalStateException: boom"}"""));
	}

	@Test
	void timesATaskOutAfterTimeoutSecondsWhichStatesTaskFailedDoesNotCatch() throws Exception {
		CountDownLatch never = new CountDownLatch(1);
		Engine engine = new Engine(task("slow", input -> {
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return input;
		}));

		ExecutionRecord done = engine.run("""
				{"StartAt": "T", "States": {
				"T": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 1,
				"Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Other"},
				{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.timeout", "Next": "TimedOut"}], "End": true},
				"Other": {"Type": "Fail", "Error": "WRONG"},
				"TimedOut": {"Type": "Succeed"}}}""".formatted(arn("slow")), "{}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(done.output().at("/timeout/Error").asString()).isEqualTo("States.Timeout");
	}

	@Test
	void neitherRetriesNorCatchesStatesRuntime() {
		Engine engine = new Engine(task("echo", input -> input));

		ExecutionRecord done = engine.run("""
				{"StartAt": "T", "States": {
				"T": {"Type": "Task", "Resource": "%s", "Parameters": {"x.$": "$.missing"},
				"Retry": [{"ErrorEquals": ["States.ALL"]}],
				"Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
				"Caught": {"Type": "Succeed"}}}""".formatted(arn("echo")), "{}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(done.error().code()).isEqualTo("States.Runtime");
		assertThat(engine.sleeps).isEmpty();
	}

	@Test
	void exposesTheRetryCountInTheContextObject() {
		Tasks.Recording flaky = task("flaky", input -> {
			if (input.path("retry").asInt() < 2) {
				throw new TaskFailure("Transient", "again");
			}
			return input;
		});
		Engine engine = new Engine(flaky);

		engine.run("""
				{"StartAt": "T", "States": {
				"T": {"Type": "Task", "Resource": "%s", "Parameters": {"retry.$": "$$.State.RetryCount"},
				"Retry": [{"ErrorEquals": ["Transient"]}], "End": true}}}""".formatted(arn("flaky")), "{}");

		assertThat(flaky.inputs).extracting(input -> input.path("retry").asInt()).containsExactly(0, 1, 2);
	}

}
