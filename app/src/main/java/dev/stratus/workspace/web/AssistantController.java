package dev.stratus.workspace.web;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.workspace.Assistant;
import dev.stratus.workspace.web.AssistantRequests.AssistantQuestion;
import dev.stratus.workspace.web.AssistantResponses.AssistantMessageResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
	@ResponseStatus(HttpStatus.CREATED)
	ApiResponse<AssistantMessageResponse> ask(@PathVariable String id, @Valid @RequestBody AssistantQuestion body) {
		return ApiResponse.of(AssistantMessageResponse.of(assistant.ask(id, SignedIn.person(), body.message())));
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
