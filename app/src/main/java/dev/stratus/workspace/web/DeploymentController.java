package dev.stratus.workspace.web;

import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.IdempotencyKeys;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.platform.web.RequestProblems;
import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.Deployments;
import dev.stratus.workspace.StartedDeployment;
import dev.stratus.workspace.web.DeploymentRequests.NewDeployment;
import dev.stratus.workspace.web.DeploymentResponses.DeploymentResponse;
import dev.stratus.workspace.web.DeploymentResponses.LogResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deployments: {@code POST /api/projects/{id}/deployments} queues one (202), {@code GET} lists them newest first,
 * {@code /api/deployments/{id}} reads one, cancels it and reads its output a slice at a time.
 */
@RestController
class DeploymentController {

	/** Output lines per read when the caller names no limit, and the most. */
	static final int DEFAULT_LINES = 200;

	static final int MAX_LINES = 1000;

	private final Deployments deployments;

	DeploymentController(Deployments deployments) {
		this.deployments = deployments;
	}

	@ResponseStatus(HttpStatus.ACCEPTED) // for the OpenAPI document; the ResponseEntity sets the same
	@PostMapping("/api/projects/{id}/deployments")
	ResponseEntity<ApiResponse<DeploymentResponse>> start(@PathVariable String id,
			@Valid @RequestBody NewDeployment body, BindingResult problems,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
		// The header's problem joins the body's, so one answer lists them all.
		IdempotencyKeys.check(idempotencyKey, problems);
		RequestProblems.throwIfAny(problems);
		StartedDeployment started = deployments.start(id, body.environment(), body.generationId(), SignedIn.person(),
				idempotencyKey);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header("Idempotent-Replayed", Boolean.toString(started.replayed()))
			.body(ApiResponse.of(DeploymentResponse.of(started.deployment())));
	}

	@GetMapping("/api/projects/{id}/deployments")
	ApiResponse<Page<DeploymentResponse>> list(@PathVariable String id,
			@RequestParam(required = false) @Nullable String environment,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		String only = params.parsed("environment", environment,
				Optional.ofNullable(environment).filter(Deployment.ENVIRONMENTS::contains),
				DeploymentRequests.ENVIRONMENT_MESSAGE);
		params.check();
		return ApiResponse.of(deployments.list(id, only, SignedIn.userId(), size, QueryParams.present(nextToken))
			.map(DeploymentResponse::of));
	}

	@GetMapping("/api/deployments/{id}")
	ApiResponse<DeploymentResponse> get(@PathVariable String id) {
		return ApiResponse.of(DeploymentResponse.of(deployments.find(id, SignedIn.userId())));
	}

	@PostMapping("/api/deployments/{id}/cancel")
	ApiResponse<DeploymentResponse> cancel(@PathVariable String id) {
		return ApiResponse.of(DeploymentResponse.of(deployments.cancel(id, SignedIn.userId())));
	}

	@GetMapping("/api/deployments/{id}/logs")
	ApiResponse<LogResponse> logs(@PathVariable String id, @RequestParam(required = false) @Nullable Long after,
			@RequestParam(required = false) @Nullable Integer limit) {
		QueryParams params = new QueryParams();
		if (after != null && after < 0) {
			params.problem("after", "must be 0 or more");
		}
		if (limit != null && (limit < 1 || limit > MAX_LINES)) {
			params.problem("limit", "must be between 1 and " + MAX_LINES);
		}
		params.check();
		return ApiResponse.of(LogResponse.of(deployments.logs(id, SignedIn.userId(), after == null ? 0 : after,
				limit == null ? DEFAULT_LINES : limit)));
	}

}
