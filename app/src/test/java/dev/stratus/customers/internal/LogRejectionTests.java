package dev.stratus.customers.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The reason LogRejection stores and answers, whichever way the rejection reached it. */
class LogRejectionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void readsARulesReason() {
		Rejection reason = LogRejection
			.reason(JSON.valueToTree(Map.of("error", "INVALID_EMAIL", "cause", "The email is not a valid address")));

		assertThat(reason).isEqualTo(new Rejection("INVALID_EMAIL", "The email is not a valid address"));
	}

	@Test
	void readsACaughtFailure() {
		Rejection reason = LogRejection
			.reason(JSON.valueToTree(Map.of("Error", "States.Timeout", "Cause", "Task timed out")));

		assertThat(reason).isEqualTo(new Rejection("States.Timeout", "Task timed out"));
	}

	@Test
	void keepsOnlyTheMessageOfAFailureStepFunctionsCaughtFromALambda() {
		String cause = JSON.writeValueAsString(Map.of("errorMessage", "Customer table unavailable", "errorType",
				"SdkClientException", "stackTrace", List.of("software.amazon.awssdk.core.SdkClientException.create",
						"dev.stratus.customers.internal.InsertCustomer.run")));

		Rejection reason = LogRejection.reason(JSON.valueToTree(Map.of("Error", "States.TaskFailed", "Cause", cause)));

		assertThat(reason).isEqualTo(new Rejection("States.TaskFailed", "Customer table unavailable"));
	}

	@Test
	void namesAFailureWithoutAnErrorATaskFailure() {
		assertThat(LogRejection.reason(JSON.valueToTree(Map.of()))).isEqualTo(new Rejection("States.TaskFailed", ""));
	}

}
