package dev.stratus.workspace.web;

import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.LargeBodyRoute;
import dev.stratus.platform.web.RequestProblems;
import dev.stratus.workspace.DocumentAttachments;
import dev.stratus.workspace.internal.content.FileType;
import dev.stratus.workspace.internal.documentation.FileNames;
import dev.stratus.workspace.web.ArchitectureRequests.UploadConfirmation;
import dev.stratus.workspace.web.DocumentationRequests.AttachmentBody;
import dev.stratus.workspace.web.DocumentationRequests.AttachmentUploadRequest;
import dev.stratus.workspace.web.DocumentationResponses.AttachmentResponse;
import dev.stratus.workspace.web.DocumentationResponses.AttachmentUploadResponse;
import dev.stratus.workspace.web.DocumentationResponses.Deleted;
import dev.stratus.workspace.web.GenerationResponses.DownloadUrl;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A documentation page's attachments: as base64 in the body (whose size limit is raised for this route alone to
 * what 10 MiB of base64 takes), or through a presigned PUT that {@code confirm} attaches; a presigned URL to
 * download one, and its removal.
 */
@RestController
@RequestMapping("/api/documentation/{documentId}/attachments")
class DocumentationAttachmentController {

	static final String BASE64_ROUTE = "/api/documentation/{documentId}/attachments";

	private final DocumentAttachments attachments;

	DocumentationAttachmentController(DocumentAttachments attachments) {
		this.attachments = attachments;
	}

	/** Lets the base64 route's bodies past the platform's 1 MiB (docs/API.md "Bodies"). */
	@Bean
	static LargeBodyRoute attachmentBodyLimit() {
		return LargeBodyRoute.base64(HttpMethod.POST, BASE64_ROUTE, DocumentAttachments.MAX_BYTES);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ApiResponse<AttachmentResponse> attachFile(@PathVariable String documentId, @Valid @RequestBody AttachmentBody body,
			BindingResult problems) {
		checkName(body.fileName(), body.contentType(), problems);
		byte[] content = body.fileData() == null ? null : body.bytes();
		if (body.fileData() != null && content == null) {
			RequestProblems.reject(problems, "fileData", "must be base64");
		}
		RequestProblems.throwIfAny(problems);
		return ApiResponse.of(AttachmentResponse.of(
				attachments.attach(documentId, SignedIn.userId(), body.fileName(), content, body.type(), "fileData")));
	}

	@PostMapping("/upload-url")
	ApiResponse<AttachmentUploadResponse> attachmentUploadUrl(@PathVariable String documentId,
			@Valid @RequestBody AttachmentUploadRequest body, BindingResult problems) {
		checkName(body.fileName(), body.contentType(), problems);
		RequestProblems.throwIfAny(problems);
		return ApiResponse.of(AttachmentUploadResponse
			.of(attachments.uploadUrl(documentId, SignedIn.userId(), body.fileName(), body.type())));
	}

	@PostMapping("/confirm")
	@ResponseStatus(HttpStatus.CREATED)
	ApiResponse<AttachmentResponse> confirmAttachment(@PathVariable String documentId,
			@Valid @RequestBody UploadConfirmation body) {
		return ApiResponse
			.of(AttachmentResponse.of(attachments.confirm(documentId, SignedIn.userId(), body.uploadId())));
	}

	@GetMapping("/{attachmentId}/url")
	ApiResponse<DownloadUrl> attachmentUrl(@PathVariable String documentId, @PathVariable String attachmentId) {
		return ApiResponse.of(DownloadUrl.of(attachments.url(documentId, SignedIn.userId(), attachmentId)));
	}

	@DeleteMapping("/{attachmentId}")
	ApiResponse<Deleted> removeAttachment(@PathVariable String documentId, @PathVariable String attachmentId) {
		attachments.remove(documentId, SignedIn.userId(), attachmentId);
		return ApiResponse.of(new Deleted(attachmentId));
	}

	/** The name's rules, and its extension's fit to the declared type once that is one of ours. */
	private static void checkName(@Nullable String fileName, @Nullable String contentType, BindingResult problems) {
		if (fileName == null) {
			return;
		}
		FileType type = contentType == null ? null : FileType.of(contentType).orElse(null);
		(type == null ? FileNames.problem(fileName) : FileNames.problem(fileName, type))
			.ifPresent(problem -> RequestProblems.reject(problems, "fileName", problem));
	}

}
