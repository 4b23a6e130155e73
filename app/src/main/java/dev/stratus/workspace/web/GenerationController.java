package dev.stratus.workspace.web;

import java.util.HashMap;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.IdempotencyKeys;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.platform.web.RequestProblems;
import dev.stratus.workspace.Generations;
import dev.stratus.workspace.StartedGeneration;
import dev.stratus.workspace.web.GenerationResponses.DownloadUrl;
import dev.stratus.workspace.web.GenerationResponses.GenerationResponse;
import dev.stratus.workspace.web.GenerationResponses.GenerationStarted;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Code generation: {@code POST /api/projects/{id}/generations} queues one (202; no body, it renders the
 * current schema), {@code GET /api/projects/{id}/generations} lists them newest first, and
 * {@code /api/generations/{id}} reads one and its archive's download URL.
 */
@RestController
class GenerationController {

	private final Generations generations;

	GenerationController(Generations generations) {
		this.generations = generations;
	}

	@ResponseStatus(HttpStatus.ACCEPTED) // for the OpenAPI document; the ResponseEntity sets the same
	@PostMapping("/api/projects/{id}/generations")
	ResponseEntity<ApiResponse<GenerationStarted>> start(@PathVariable String id,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
		BindingResult problems = new MapBindingResult(new HashMap<>(), "request");
		IdempotencyKeys.check(idempotencyKey, problems);
		RequestProblems.throwIfAny(problems);
		StartedGeneration started = generations.start(id, SignedIn.person(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header("Idempotent-Replayed", Boolean.toString(started.replayed()))
			.body(ApiResponse.of(GenerationStarted.of(started.generation())));
	}

	@GetMapping("/api/projects/{id}/generations")
	ApiResponse<Page<GenerationResponse>> list(@PathVariable String id,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(generations.list(id, SignedIn.userId(), size, QueryParams.present(nextToken))
			.map(GenerationResponse::of));
	}

	@GetMapping("/api/generations/{id}")
	ApiResponse<GenerationResponse> get(@PathVariable String id) {
		return ApiResponse.of(GenerationResponse.of(generations.find(id, SignedIn.userId())));
	}

	@GetMapping("/api/generations/{id}/download-url")
	ApiResponse<DownloadUrl> downloadUrl(@PathVariable String id) {
		return ApiResponse.of(DownloadUrl.of(generations.downloadLink(id, SignedIn.userId())));
	}

}
