package dev.stratus.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/** Following registration workflows through the HTTP API: waiting for them to stop and reading how they ended. */
final class ExecutionWatch {

	static final String RUNNING = "RUNNING";

	static final String SUCCEEDED = "SUCCEEDED";

	private ExecutionWatch() {
	}

	/**
	 * Reads the executions until none is {@code RUNNING} any more or the deadline passes.
	 * @return the last read of each execution (absent when it could never be read)
	 */
	static Map<String, JsonNode> awaitStopped(Registry registry, String token, Collection<String> ids,
			Duration timeout) {
		return Deadline.readUntilNot(RUNNING, ids, timeout, id -> registry.execution(token, id));
	}

	static String status(JsonNode execution) {
		return execution.path("status").asString("");
	}

	/** {@code SUCCEEDED}, {@code RUNNING}, or {@code FAILED} with its code, e.g. {@code FAILED DUPLICATE_ENTRY}. */
	static String outcome(JsonNode execution) {
		String code = execution.path("error").path("code").asString("");
		return status(execution) + (code.isEmpty() ? "" : " " + code);
	}

	/** How many of the executions ended with this outcome ({@link #outcome}). */
	static long count(Map<String, JsonNode> executions, String outcome) {
		return executions.values().stream().filter(e -> outcome.equals(outcome(e))).count();
	}

	/**
	 * Start-to-stop time of each SUCCEEDED execution, from its own {@code startedAt} and
	 * {@code stoppedAt}, in microseconds: the app writes both, so polling adds nothing.
	 */
	static Histogram successLatency(Map<String, JsonNode> executions) {
		Histogram micros = Stats.histogram();
		for (JsonNode execution : executions.values()) {
			if (SUCCEEDED.equals(status(execution))) {
				Duration took = Duration.between(Instant.parse(execution.path("startedAt").asString()),
						Instant.parse(execution.path("stoppedAt").asString()));
				micros.recordValue(Math.max(1, took.toNanos() / 1000));
			}
		}
		return micros;
	}

	/** The names of the steps that ended with this status, in the order entered. */
	static List<String> steps(JsonNode execution, String status) {
		return execution.path("steps")
			.valueStream()
			.filter(step -> status.equals(step.path("status").asString()))
			.map(step -> step.path("name").asString())
			.toList();
	}

}
