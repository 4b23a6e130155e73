package dev.stratus.bench;

import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionWatchTests {

	private static JsonNode json(String text) {
		return Api.JSON.readTree(text);
	}

	@Test
	void takesLatencyFromTheExecutionsOwnTimestampsOfSucceededOnesOnly() {
		Map<String, JsonNode> executions = Map.of("a",
				json("{\"status\":\"SUCCEEDED\",\"startedAt\":\"2026-01-01T00:00:00.000Z\","
						+ "\"stoppedAt\":\"2026-01-01T00:00:00.120Z\"}"),
				"b", json("{\"status\":\"FAILED\",\"startedAt\":\"2026-01-01T00:00:00.000Z\","
						+ "\"stoppedAt\":\"2026-01-01T00:00:09.000Z\",\"error\":{\"code\":\"INVALID_ID\"}}"),
				"c", json("{\"status\":\"RUNNING\",\"startedAt\":\"2026-01-01T00:00:00.000Z\"}"));
		Histogram micros = ExecutionWatch.successLatency(executions);
		assertThat(micros.getTotalCount()).isEqualTo(1);
		assertThat(micros.getMaxValue() / 1000).isEqualTo(120);
	}

	@Test
	void namesAFailureByItsErrorCode() {
		assertThat(ExecutionWatch.outcome(json("{\"status\":\"FAILED\",\"error\":{\"code\":\"DUPLICATE_ENTRY\"}}")))
			.isEqualTo("FAILED DUPLICATE_ENTRY");
		assertThat(ExecutionWatch.outcome(json("{\"status\":\"SUCCEEDED\"}"))).isEqualTo("SUCCEEDED");
	}

	@Test
	void countsExecutionsByOutcome() {
		Map<String, JsonNode> executions = Map.of("a", json("{\"status\":\"SUCCEEDED\"}"), "b",
				json("{\"status\":\"FAILED\",\"error\":{\"code\":\"DUPLICATE_ENTRY\"}}"), "c",
				json("{\"status\":\"SUCCEEDED\"}"));
		assertThat(ExecutionWatch.count(executions, "SUCCEEDED")).isEqualTo(2);
		assertThat(ExecutionWatch.count(executions, "FAILED DUPLICATE_ENTRY")).isEqualTo(1);
		assertThat(ExecutionWatch.count(executions, "FAILED")).isZero();
	}

	@Test
	void listsTheStepsThatEndedWithAStatusInTheOrderEntered() {
		JsonNode execution = json("{\"steps\":[{\"name\":\"Validate\",\"status\":\"SUCCEEDED\"},"
				+ "{\"name\":\"IsValid\",\"status\":\"SUCCEEDED\"},{\"name\":\"Insert\",\"status\":\"CAUGHT\"},"
				+ "{\"name\":\"LogRejection\",\"status\":\"SUCCEEDED\"}]}");
		assertThat(ExecutionWatch.steps(execution, "SUCCEEDED")).containsExactly("Validate", "IsValid",
				"LogRejection");
		assertThat(ExecutionWatch.steps(execution, "CAUGHT")).containsExactly("Insert");
	}

}
