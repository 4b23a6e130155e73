package dev.stratus.workspace.web;

import java.util.Base64;

import dev.stratus.workspace.Documentation;
import dev.stratus.workspace.internal.content.FileType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of the documentation requests. The limits a constraint cannot say (content in UTF-8 bytes, file
 * names, base64) are checked by the controllers into the same {@code VALIDATION_ERROR}.
 */
final class DocumentationRequests {

	/** {@link FileType}'s content types as a pattern; {@code DocumentationControllerTests} checks that they agree. */
	static final String TYPES = "image/png|image/jpeg|image/webp|image/gif|application/pdf|text/plain|text/markdown"
			+ "|text/csv|application/json|application/zip";

	static final String TYPE_MESSAGE = "must be one of image/png, image/jpeg, image/webp, image/gif, application/pdf, "
			+ "text/plain, text/markdown, text/csv, application/json, application/zip";

	private DocumentationRequests() {
	}

	/** {@code POST /api/projects/{projectId}/documents} and {@code PUT /api/documentation/{documentId}}. */
	record DocumentBody(@NotBlank @Size(max = Documentation.MAX_TITLE) String title, @NotNull String content) {
	}

	/** {@code POST /api/documentation/{documentId}/attachments}: the file as base64 (standard alphabet, padded). */
	record AttachmentBody(@NotNull String fileName, @NotNull String fileData,
			@NotNull @Pattern(regexp = TYPES, message = TYPE_MESSAGE) String contentType) {

		/** @return null when {@code fileData} is not base64 */
		byte @Nullable [] bytes() {
			return base64(fileData);
		}

		FileType type() {
			return FileType.of(contentType).orElseThrow();
		}

	}

	/** {@code POST /api/documentation/{documentId}/attachments/upload-url}. */
	record AttachmentUploadRequest(@NotNull String fileName,
			@NotNull @Pattern(regexp = TYPES, message = TYPE_MESSAGE) String contentType) {

		FileType type() {
			return FileType.of(contentType).orElseThrow();
		}

	}

	/** Strict base64: the standard alphabet, padded, nothing else (not even line breaks). */
	static byte @Nullable [] base64(String text) {
		try {
			return Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

}
