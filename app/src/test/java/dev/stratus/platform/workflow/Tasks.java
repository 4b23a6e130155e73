package dev.stratus.platform.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/** Fake tasks for the language tests: each records its inputs. */
final class Tasks {

	private Tasks() {
	}

	static Recording task(String name, Function<JsonNode, JsonNode> body) {
		return new Recording(name, body);
	}

	/** A task that fails {@code times} times with {@code error}, then returns its input. */
	static Recording failing(String name, int times, String error) {
		int[] calls = { 0 };
		return task(name, input -> {
			if (calls[0]++ < times) {
				throw new TaskFailure(error, "failure " + calls[0]);
			}
			return input;
		});
	}

	static String arn(String name) {
		return Workflows.localFunctionArn(name);
	}

	static final class Recording implements WorkflowTask {

		private final String name;

		private final Function<JsonNode, JsonNode> body;

		final List<JsonNode> inputs = new ArrayList<>();

		Recording(String name, Function<JsonNode, JsonNode> body) {
			this.name = name;
			this.body = body;
		}

		@Override
		public String functionName() {
			return name;
		}

		@Override
		public synchronized JsonNode run(JsonNode input) {
			inputs.add(input);
			return body.apply(input);
		}

	}

}
