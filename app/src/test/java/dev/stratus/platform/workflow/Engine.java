package dev.stratus.platform.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;

import static org.mockito.Mockito.mock;

/**
 * The interpreter with an in-memory store, a clock that only moves when the engine sleeps (each
 * sleep recorded), and the given tasks: what the language tests run definitions on.
 */
final class Engine {

	static final Instant START = Instant.parse("2026-11-29T10:00:00Z");

	final InMemoryExecutionStore store = new InMemoryExecutionStore();

	final List<Duration> sleeps = new ArrayList<>();

	private Instant now = START;

	private final Clock clock = new Clock() {

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	};

	private final List<WorkflowTask> tasks;

	private final TaskInvoker invoker = new TaskInvoker();

	/** How long one run may hold its worker, from its start. */
	Duration hold = Duration.ofSeconds(30);

	Engine(WorkflowTask... tasks) {
		this.tasks = List.of(tasks);
	}

	Definition parse(String json) {
		return DefinitionParser.parse("test", JsonPaths.JSON.readTree(json),
				new TaskResources(tasks, mock(DynamoDbClient.class)));
	}

	/** Runs the definition on {@code input} until it finishes or sleeps. */
	ExecutionRecord run(String definition, String input) {
		Definition parsed = parse(definition);
		ExecutionRecord execution = ExecutionRecord.started(UUID.randomUUID().toString(), "test",
				JsonPaths.JSON.readTree(input), parsed.startAt(), now);
		store.put(execution);
		return resume(parsed, execution.id());
	}

	ExecutionRecord resume(Definition definition, String executionId) {
		String token = UUID.randomUUID().toString();
		store.claim(executionId, token, now, now.plus(hold));
		lastProgress = interpreter().run(definition, store.load(executionId).orElseThrow(), token, now.plus(hold));
		return store.load(executionId).orElseThrow();
	}

	Progress lastProgress;

	void advance(Duration by) {
		now = now.plus(by);
	}

	Instant now() {
		return now;
	}

	private Interpreter interpreter() {
		return new Interpreter(store, invoker, clock, duration -> {
			sleeps.add(duration);
			now = now.plus(duration);
		});
	}

	static JsonNode json(String text) {
		return JsonPaths.JSON.readTree(text);
	}

}
