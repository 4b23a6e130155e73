package dev.stratus.customers.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import dev.stratus.customers.Customers;
import dev.stratus.customers.Registrant;
import dev.stratus.customers.Registration;
import dev.stratus.customers.web.CustomerResponses.CustomerDeleted;
import dev.stratus.customers.web.CustomerResponses.CustomerResponse;
import dev.stratus.customers.web.CustomerResponses.ExecutionResponse;
import dev.stratus.customers.web.CustomerResponses.ExecutionSummaryResponse;
import dev.stratus.customers.web.CustomerResponses.RegistrationAccepted;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.workflow.ExecutionStatus;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

	private static final int DEFAULT_LIMIT = 20;

	private static final int MAX_LIMIT = 100;

	private static final int MAX_PREFIX = 256;

	private final Customers customers;

	private final Validator validator;

	CustomerController(Customers customers, Validator validator) {
		this.customers = customers;
		this.validator = validator;
	}

	@PostMapping
	ResponseEntity<ApiResponse<RegistrationAccepted>> register(@RequestBody RegisterCustomerRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		// One list for the body and the header, so a client learns every broken field at once.
		List<FieldProblem> problems = new ArrayList<>();
		validator.validate(body)
			.forEach(broken -> problems
				.add(new FieldProblem(broken.getPropertyPath().toString(), broken.getMessage())));
		problems.addAll(body.attributeProblems());
		if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
			problems.add(new FieldProblem("Idempotency-Key", "must be 1 to 128 letters, digits or . _ : -"));
		}
		check(problems);
		Registration registration = customers.register(body.draft(), registrant(), idempotencyKey);
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
		List<FieldProblem> problems = new ArrayList<>();
		if (prefix != null && prefix.length() > MAX_PREFIX) {
			problems.add(new FieldProblem("prefix", "must be at most " + MAX_PREFIX + " characters"));
		}
		int size = limit(limit, problems);
		check(problems);
		return ApiResponse
			.of(customers.list(prefix == null ? "" : prefix, size, blankToNull(nextToken)).map(CustomerResponse::of));
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
		List<FieldProblem> problems = new ArrayList<>();
		ExecutionStatus wanted = null;
		if (status != null && !status.isEmpty()) {
			wanted = Arrays.stream(ExecutionStatus.values())
				.filter(candidate -> candidate.name().equalsIgnoreCase(status))
				.findFirst()
				.orElse(null);
			if (wanted == null) {
				problems.add(new FieldProblem("status", "must be one of RUNNING, SUCCEEDED, FAILED"));
			}
		}
		int size = limit(limit, problems);
		check(problems);
		return ApiResponse.of(customers.executions(wanted, size, blankToNull(nextToken))
			.map(ExecutionSummaryResponse::of));
	}

	// TODO(api keys, issue #15): a request with X-Api-Key registers for the key's owner with its apiKeyId.
	private static Registrant registrant() {
		return new Registrant(CurrentUser.get().id(), null);
	}

	private static int limit(@Nullable Integer limit, List<FieldProblem> problems) {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
		}
		return limit;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** @throws InvalidInput naming every broken field */
	private static void check(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
		}
	}

}
