package dev.stratus.workspace.web;

import java.util.HashMap;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.IdempotencyKeys;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.platform.web.RequestProblems;
import dev.stratus.workspace.AnsweredQuestion;
import dev.stratus.workspace.Assistant;
import dev.stratus.workspace.web.AssistantRequests.AssistantQuestion;
import dev.stratus.workspace.web.AssistantResponses.AssistantMessageResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project assistant: {@code POST} asks a question and answers with the assistant's reply (201),
 * {@code GET} reads the project's chat, oldest first.
 */
@RestController
@RequestMapping("/api/projects/{id}/assistant/messages")
class AssistantController {

	private final Assistant assistant;

	AssistantController(Assistant assistant) {
		this.assistant = assistant;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED) // for the OpenAPI document; the ResponseEntity sets the same
	ResponseEntity<ApiResponse<AssistantMessageResponse>> ask(@PathVariable String id,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody AssistantQuestion body) {
		BindingResult problems = new MapBindingResult(new HashMap<>(), "request");
		IdempotencyKeys.check(idempotencyKey, problems);
		RequestProblems.throwIfAny(problems);
		AnsweredQuestion answered = assistant.ask(id, SignedIn.person(), body.message(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotent-Replayed", Boolean.toString(answered.replayed()))
			.body(ApiResponse.of(AssistantMessageResponse.of(answered.answer())));
	}

	@GetMapping
	ApiResponse<Page<AssistantMessageResponse>> history(@PathVariable String id,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(assistant.history(id, SignedIn.userId(), size, QueryParams.present(nextToken))
			.map(AssistantMessageResponse::of));
	}

}
