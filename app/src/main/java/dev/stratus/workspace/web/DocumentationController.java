package dev.stratus.workspace.web;

import java.nio.charset.StandardCharsets;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.platform.web.RequestProblems;
import dev.stratus.workspace.Documentation;
import dev.stratus.workspace.web.DocumentationRequests.DocumentBody;
import dev.stratus.workspace.web.DocumentationResponses.Deleted;
import dev.stratus.workspace.web.DocumentationResponses.DocumentResponse;
import dev.stratus.workspace.web.DocumentationResponses.DocumentSummaryResponse;
import dev.stratus.workspace.web.DocumentationResponses.DocumentVersionResponse;
import dev.stratus.workspace.web.DocumentationResponses.DocumentVersionSummaryResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documentation pages: a project's list ({@code /api/projects/{projectId}/documents}) and each page by its own
 * id ({@code /api/documentation/{documentId}}) with its versions. Every save is a new version. Attachments are
 * {@link DocumentationAttachmentController}'s.
 */
@RestController
class DocumentationController {

	private final Documentation documentation;

	DocumentationController(Documentation documentation) {
		this.documentation = documentation;
	}

	@PostMapping("/api/projects/{projectId}/documents")
	@ResponseStatus(HttpStatus.CREATED)
	ApiResponse<DocumentResponse> createDocument(@PathVariable String projectId, @Valid @RequestBody DocumentBody body,
			BindingResult problems) {
		checkContent(body, problems);
		return ApiResponse.of(DocumentResponse
			.of(documentation.create(projectId, SignedIn.userId(), body.title(), body.content())));
	}

	/** The project's pages, newest created first, without their content. */
	@GetMapping("/api/projects/{projectId}/documents")
	ApiResponse<Page<DocumentSummaryResponse>> listDocuments(@PathVariable String projectId,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(documentation.list(projectId, SignedIn.userId(), size, QueryParams.present(nextToken))
			.map(DocumentSummaryResponse::of));
	}

	@GetMapping("/api/documentation/{documentId}")
	ApiResponse<DocumentResponse> getDocument(@PathVariable String documentId) {
		return ApiResponse.of(DocumentResponse.of(documentation.find(documentId, SignedIn.userId())));
	}

	/** Saves a new version of the title and content; the answer is the page as it is then. */
	@PutMapping("/api/documentation/{documentId}")
	ApiResponse<DocumentResponse> updateDocument(@PathVariable String documentId, @Valid @RequestBody DocumentBody body,
			BindingResult problems) {
		checkContent(body, problems);
		return ApiResponse.of(DocumentResponse
			.of(documentation.update(documentId, SignedIn.userId(), body.title(), body.content())));
	}

	@DeleteMapping("/api/documentation/{documentId}")
	ApiResponse<Deleted> deleteDocument(@PathVariable String documentId) {
		documentation.delete(documentId, SignedIn.userId());
		return ApiResponse.of(new Deleted(documentId));
	}

	@GetMapping("/api/documentation/{documentId}/versions")
	ApiResponse<Page<DocumentVersionSummaryResponse>> documentVersions(@PathVariable String documentId,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		params.check();
		return ApiResponse
			.of(documentation.versions(documentId, SignedIn.userId(), size, QueryParams.present(nextToken))
				.map(DocumentVersionSummaryResponse::of));
	}

	@GetMapping("/api/documentation/{documentId}/versions/{version}")
	ApiResponse<DocumentVersionResponse> documentVersion(@PathVariable String documentId, @PathVariable long version) {
		return ApiResponse
			.of(DocumentVersionResponse.of(documentation.version(documentId, SignedIn.userId(), version)));
	}

	/** The content's limit is in UTF-8 bytes, which {@code @Size} (characters) cannot say. */
	private static void checkContent(DocumentBody body, BindingResult problems) {
		if (body.content() != null
				&& body.content().getBytes(StandardCharsets.UTF_8).length > Documentation.MAX_CONTENT_BYTES) {
			RequestProblems.reject(problems, "content",
					"must be at most 200 KB (" + Documentation.MAX_CONTENT_BYTES + " bytes) in UTF-8");
		}
		RequestProblems.throwIfAny(problems);
	}

}
