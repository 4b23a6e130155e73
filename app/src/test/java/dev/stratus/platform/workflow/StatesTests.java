package dev.stratus.platform.workflow;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static dev.stratus.platform.workflow.Engine.json;
import static dev.stratus.platform.workflow.Tasks.arn;
import static dev.stratus.platform.workflow.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;

/** Succeed, Fail, Wait, the execution timeout, and how runs stop and resume. */
class StatesTests {

	@Test
	void succeedsWithTheSucceedStatesOutput() {
		ExecutionRecord done = new Engine().run("""
				{"StartAt": "S", "States": {"S": {"Type": "Succeed", "OutputPath": "$.a"}}}""", "{\"a\": {\"b\": 1}}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(done.output()).isEqualTo(json("{\"b\": 1}"));
		assertThat(done.stoppedAt()).isNotNull();
		assertThat(done.cursor()).isNull();
	}

	@Test
	void failsWithTheFailStatesErrorAndCause() {
		ExecutionRecord done = new Engine().run("""
				{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "DUPLICATE_ENTRY", "Cause": "exists"}}}""",
				"{}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(done.error()).isEqualTo(new ExecutionError("DUPLICATE_ENTRY", "exists"));
		assertThat(done.output()).isNull();
		assertThat(done.steps()).singleElement().satisfies(step -> {
			assertThat(step.status()).isEqualTo(StepStatus.FAILED);
			assertThat(step.error()).isEqualTo(done.error());
		});
	}

	@Test
	void readsTheErrorAndCauseFromTheInputWithErrorPathAndCausePath() {
		ExecutionRecord done = new Engine().run("""
				{"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.e.Error",
				"CausePath": "$.e.Cause"}}}""",
				"{\"e\": {\"Error\": \"INVALID_EMAIL\", \"Cause\": \"not an address\"}}");

		assertThat(done.error()).isEqualTo(new ExecutionError("INVALID_EMAIL", "not an address"));
	}

	@Test
	void keepsEveryStepWithItsInputOutputTimingsAndAttempts() {
		Engine engine = new Engine(task("double", input -> json("{\"n\": " + input.path("n").asInt() * 2 + "}")));

		ExecutionRecord done = engine.run("""
				{"StartAt": "Double", "States": {
				"Double": {"Type": "Task", "Resource": "%s", "Next": "Done"},
				"Done": {"Type": "Succeed"}}}""".formatted(arn("double")), "{\"n\": 2}");

		assertThat(done.steps()).extracting(StepRecord::toStep).containsExactly(
				new Step("Double", "Task", StepStatus.SUCCEEDED, Engine.START, Engine.START, json("{\"n\": 2}"),
						json("{\"n\": 4}"), null, 1),
				new Step("Done", "Succeed", StepStatus.SUCCEEDED, Engine.START, Engine.START, json("{\"n\": 4}"),
						json("{\"n\": 4}"), null, 1));
		// Entered (RUNNING) before it ran, then its attempt, then its exit.
		assertThat(engine.store.writes).extracting(StepRecord::status)
			.startsWith(StepStatus.RUNNING, StepStatus.RUNNING, StepStatus.SUCCEEDED);
	}

	@Test
	void waitsOutAShortWaitOnTheWorker() {
		Engine engine = new Engine();

		ExecutionRecord done = engine.run("""
				{"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}}""",
				"{\"s\": 5}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(engine.sleeps).containsExactly(Duration.ofSeconds(5));
	}

	@Test
	void sleepsThroughALongWaitAndFinishesWhenWokenAfterIt() {
		Engine engine = new Engine();
		String definition = """
				{"StartAt": "W", "States": {"W": {"Type": "Wait", "Timestamp": "2026-11-29T11:00:00Z", "Next": "S"},
				"S": {"Type": "Succeed"}}}""";

		ExecutionRecord asleep = engine.run(definition, "{}");

		assertThat(engine.lastProgress).isEqualTo(Progress.asleep(Instant.parse("2026-11-29T11:00:00Z")));
		assertThat(asleep.status()).isEqualTo(ExecutionStatus.RUNNING);
		assertThat(asleep.openStep().resumeAt()).isEqualTo(Instant.parse("2026-11-29T11:00:00Z"));
		assertThat(engine.sleeps).isEmpty();

		engine.advance(Duration.ofHours(1));
		ExecutionRecord done = engine.resume(engine.parse(definition), asleep.id());

		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(done.steps()).extracting(StepRecord::name).containsExactly("W", "S");
	}

	@Test
	void sleepsThroughALongRetryIntervalKeepingTheRetryCount() {
		Engine engine = new Engine(Tasks.failing("flaky", 1, "Transient"));
		String definition = """
				{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
				"Retry": [{"ErrorEquals": ["Transient"], "IntervalSeconds": 120}], "End": true}}}"""
			.formatted(arn("flaky"));

		ExecutionRecord asleep = engine.run(definition, "{}");

		assertThat(asleep.openStep().retries()).containsExactly(1);
		assertThat(asleep.openStep().attempts()).isEqualTo(1);
		engine.advance(Duration.ofSeconds(120));
		ExecutionRecord done = engine.resume(engine.parse(definition), asleep.id());
		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(done.steps().get(0).attempts()).isEqualTo(2);
	}

	@Test
	void runsAStepThatHadStartedAgainWhenResumed() {
		Tasks.Recording echo = task("echo", input -> input);
		Engine engine = new Engine(echo);
		Definition definition = engine.parse("""
				{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {"a": 1}, "Next": "B"},
				"B": {"Type": "Task", "Resource": "%s", "End": true}}}""".formatted(arn("echo")));
		StepRecord finished = new StepRecord(0, "A", "Pass", StepStatus.SUCCEEDED, Engine.START, Engine.START,
				json("{}"), json("{\"a\": 1}"), null, 1, java.util.List.of(), null);
		StepRecord started = new StepRecord(1, "B", "Task", StepStatus.RUNNING, Engine.START, null,
				json("{\"a\": 1}"), null, null, 1, java.util.List.of(), null);
		engine.store.put(new ExecutionRecord("e-1", "test", ExecutionStatus.RUNNING, json("{}"), null, null,
				Engine.START, null, new Cursor("B", json("{\"a\": 1}"), 1), java.util.List.of(finished, started),
				null));

		ExecutionRecord done = engine.resume(definition, "e-1");

		assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(echo.inputs).containsExactly(json("{\"a\": 1}"));
		assertThat(done.steps()).extracting(StepRecord::name).containsExactly("A", "B");
		assertThat(done.steps().get(1).attempts()).isEqualTo(2);
	}

	@Test
	void stopsWithoutWritingWhenAnotherDeliveryTookTheExecutionOver() {
		Engine[] engine = new Engine[1];
		Tasks.Recording thief = task("thief", input -> {
			engine[0].store.steal(input.path("id").asString());
			return input;
		});
		Engine stolen = new Engine(thief);
		engine[0] = stolen;
		ExecutionRecord execution = stolen.run("""
				{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
				"Parameters": {"id.$": "$$.Execution.Name"}, "End": true}}}""".formatted(arn("thief")), "{}");

		assertThat(stolen.lastProgress).isEqualTo(Progress.LOST);
		assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
		assertThat(execution.openStep()).isNotNull();
	}

	@Test
	void failsWithStatesTimeoutOnceTheExecutionOutlivesItsTimeoutSeconds() {
		Engine engine = new Engine();

		ExecutionRecord done = engine.run("""
				{"StartAt": "W", "TimeoutSeconds": 10, "States": {
				"W": {"Type": "Wait", "Seconds": 20, "Next": "S"}, "S": {"Type": "Succeed"}}}""", "{}");

		assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(done.error().code()).isEqualTo("States.Timeout");
	}

	@Test
	void sleepsUntilNowBetweenStepsOnceItsHoldIsUsedUp() {
		Engine engine = new Engine();
		engine.hold = Duration.ofSeconds(5);

		engine.run("""
				{"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 5, "Next": "S"},
				"S": {"Type": "Succeed"}}}""", "{}");

		assertThat(engine.lastProgress).isEqualTo(Progress.asleep(engine.now()));
	}

}
