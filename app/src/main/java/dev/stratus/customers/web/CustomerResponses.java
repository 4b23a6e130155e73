package dev.stratus.customers.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.stratus.customers.Customer;
import dev.stratus.platform.web.Timestamps;
import dev.stratus.platform.workflow.Execution;
import dev.stratus.platform.workflow.ExecutionError;
import dev.stratus.platform.workflow.ExecutionSummary;
import dev.stratus.platform.workflow.Step;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The customers API's answers, shaped as docs/API.md "Customers" lists them. */
final class CustomerResponses {

	private CustomerResponses() {
	}

	record RegistrationAccepted(String executionId, String status) {

		static RegistrationAccepted running(String executionId) {
			return new RegistrationAccepted(executionId, "RUNNING");
		}

	}

	record CustomerResponse(String id, @Nullable String name, @Nullable String email,
			@Nullable Map<String, String> attributes, String createdAt, String createdBy, @Nullable String apiKeyId,
			String executionId) {

		static CustomerResponse of(Customer customer) {
			return new CustomerResponse(customer.id(), customer.name(), customer.email(),
					customer.attributes().isEmpty() ? null : customer.attributes(),
					Timestamps.format(customer.createdAt()), customer.createdBy(), customer.apiKeyId(),
					customer.executionId());
		}

	}

	record CustomerDeleted(String deletedId) {
	}

	record ExecutionErrorResponse(String code, String cause) {

		static @Nullable ExecutionErrorResponse of(@Nullable ExecutionError error) {
			return error == null ? null : new ExecutionErrorResponse(error.code(), error.cause());
		}

	}

	record ExecutionResponse(String executionId, String status, JsonNode input, @Nullable JsonNode output,
			@Nullable ExecutionErrorResponse error, String startedAt, @Nullable String stoppedAt,
			List<StepResponse> steps) {

		static ExecutionResponse of(Execution execution) {
			return new ExecutionResponse(execution.executionId(), execution.status().name(), execution.input(),
					execution.output(), ExecutionErrorResponse.of(execution.error()),
					Timestamps.format(execution.startedAt()), format(execution.stoppedAt()),
					execution.steps().stream().map(StepResponse::of).toList());
		}

	}

	record ExecutionSummaryResponse(String executionId, String status, JsonNode input, @Nullable JsonNode output,
			@Nullable ExecutionErrorResponse error, String startedAt, @Nullable String stoppedAt) {

		static ExecutionSummaryResponse of(ExecutionSummary execution) {
			return new ExecutionSummaryResponse(execution.executionId(), execution.status().name(), execution.input(),
					execution.output(), ExecutionErrorResponse.of(execution.error()),
					Timestamps.format(execution.startedAt()), format(execution.stoppedAt()));
		}

	}

	record StepResponse(String name, String type, String status, String enteredAt, @Nullable String exitedAt,
			JsonNode input, @Nullable JsonNode output, @Nullable ExecutionErrorResponse error, int attempts) {

		static StepResponse of(Step step) {
			return new StepResponse(step.name(), step.type(), step.status().name(), Timestamps.format(step.enteredAt()),
					format(step.exitedAt()), step.input(), step.output(), ExecutionErrorResponse.of(step.error()),
					step.attempts());
		}

	}

	private static @Nullable String format(@Nullable Instant at) {
		return at == null ? null : Timestamps.format(at);
	}

}
