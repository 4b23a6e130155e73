package dev.stratus.customers.web;

import java.util.Arrays;

import dev.stratus.customers.Customers;
import dev.stratus.customers.Registration;
import dev.stratus.customers.web.CustomerResponses.CustomerDeleted;
import dev.stratus.customers.web.CustomerResponses.CustomerResponse;
import dev.stratus.customers.web.CustomerResponses.ExecutionResponse;
import dev.stratus.customers.web.CustomerResponses.ExecutionSummaryResponse;
import dev.stratus.customers.web.CustomerResponses.RegistrationAccepted;
import dev.stratus.platform.Page;
import dev.stratus.platform.security.Caller;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.workflow.ExecutionStatus;
import dev.stratus.platform.web.IdempotencyKeys;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.platform.web.RequestProblems;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/customers}: register (202, the workflow decides), read, list by id prefix, delete, and
 * the registration workflow with its executions. ({@code /workflow} and {@code /executions} are
 * routes, so customers with those ids are reached by listing, not by {@code GET /{id}}.)
 */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

	private static final int MAX_PREFIX = 256;

	private final Customers customers;

	CustomerController(Customers customers) {
		this.customers = customers;
	}

	@ResponseStatus(HttpStatus.ACCEPTED) // for the OpenAPI document; the ResponseEntity sets the same
	@PostMapping
	ResponseEntity<ApiResponse<RegistrationAccepted>> register(@Valid @RequestBody RegisterCustomerRequest body,
			BindingResult problems,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
		// The attributes' entries and the header join the body's problems, so one answer lists them all.
		body.attributeProblems().forEach(problem -> RequestProblems.reject(problems, problem.field(),
				problem.message()));
		IdempotencyKeys.check(idempotencyKey, problems);
		RequestProblems.throwIfAny(problems);
		Registration registration = customers.register(body.draft(), Caller.get(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header("Idempotent-Replayed", Boolean.toString(registration.replayed()))
			.body(ApiResponse.of(RegistrationAccepted.running(registration.executionId())));
	}

	@GetMapping("/{id}")
	ApiResponse<CustomerResponse> get(@PathVariable String id) {
		return ApiResponse.of(CustomerResponse.of(customers.find(id)));
	}

	@GetMapping
	ApiResponse<Page<CustomerResponse>> list(@RequestParam(required = false) @Nullable String prefix,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		String wanted = params.text("prefix", prefix, MAX_PREFIX);
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(customers.list(wanted == null ? "" : wanted, size, QueryParams.present(nextToken))
			.map(CustomerResponse::of));
	}

	@DeleteMapping("/{id}")
	ApiResponse<CustomerDeleted> delete(@PathVariable String id) {
		customers.delete(id);
		return ApiResponse.of(new CustomerDeleted(id));
	}

	/** The Amazon States Language document itself, as {@code data}. */
	@GetMapping("/workflow")
	ApiResponse<JsonNode> workflow() {
		return ApiResponse.of(customers.workflowDocument());
	}

	@GetMapping("/executions/{executionId}")
	ApiResponse<ExecutionResponse> execution(@PathVariable String executionId) {
		return ApiResponse.of(ExecutionResponse.of(customers.execution(executionId)));
	}

	@GetMapping("/executions")
	ApiResponse<Page<ExecutionSummaryResponse>> executions(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		ExecutionStatus wanted = null;
		if (status != null && !status.isEmpty()) {
			wanted = Arrays.stream(ExecutionStatus.values())
				.filter(candidate -> candidate.name().equalsIgnoreCase(status))
				.findFirst()
				.orElse(null);
			if (wanted == null) {
				params.problem("status", "must be one of RUNNING, SUCCEEDED, FAILED");
			}
		}
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(customers.executions(wanted, size, QueryParams.present(nextToken))
			.map(ExecutionSummaryResponse::of));
	}

}
