package dev.stratus.workspace.web;

import java.util.List;

import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Attachment;
import dev.stratus.workspace.AttachmentUpload;
import dev.stratus.workspace.Document;
import dev.stratus.workspace.DocumentVersion;

/** The documentation API's answers. */
final class DocumentationResponses {

	private DocumentationResponses() {
	}

	/** A page as it is now; {@code content} is markdown as it was saved, never rendered by the server. */
	record DocumentResponse(String id, String projectId, String title, String content, long version,
			List<AttachmentResponse> attachments, String createdAt, String createdBy, String updatedAt,
			String updatedBy) {

		static DocumentResponse of(Document document) {
			return new DocumentResponse(document.id(), document.projectId(), document.title(), document.content(),
					document.version(), document.attachments().stream().map(AttachmentResponse::of).toList(),
					Timestamps.format(document.createdAt()), document.createdBy(),
					Timestamps.format(document.updatedAt()), document.updatedBy());
		}

	}

	/** A page in a list, without its content and attachments. */
	record DocumentSummaryResponse(String id, String projectId, String title, long version, String createdAt,
			String createdBy, String updatedAt, String updatedBy) {

		static DocumentSummaryResponse of(Document.Summary summary) {
			return new DocumentSummaryResponse(summary.id(), summary.projectId(), summary.title(), summary.version(),
					Timestamps.format(summary.createdAt()), summary.createdBy(), Timestamps.format(summary.updatedAt()),
					summary.updatedBy());
		}

	}

	record DocumentVersionResponse(String documentId, long version, String title, String content, String createdAt,
			String createdBy) {

		static DocumentVersionResponse of(DocumentVersion version) {
			return new DocumentVersionResponse(version.documentId(), version.version(), version.title(),
					version.content(), Timestamps.format(version.createdAt()), version.createdBy());
		}

	}

	/** A version in the history; {@code sizeBytes} is its content's in UTF-8. */
	record DocumentVersionSummaryResponse(long version, String title, long sizeBytes, String createdAt,
			String createdBy) {

		static DocumentVersionSummaryResponse of(DocumentVersion.Summary summary) {
			return new DocumentVersionSummaryResponse(summary.version(), summary.title(), summary.sizeBytes(),
					Timestamps.format(summary.createdAt()), summary.createdBy());
		}

	}

	record AttachmentResponse(String id, String fileName, String contentType, long sizeBytes, String createdAt,
			String createdBy) {

		static AttachmentResponse of(Attachment attachment) {
			return new AttachmentResponse(attachment.id(), attachment.fileName(), attachment.contentType(),
					attachment.sizeBytes(), Timestamps.format(attachment.createdAt()), attachment.createdBy());
		}

	}

	record AttachmentUploadResponse(String uploadId, String uploadUrl, String fileName, String contentType,
			String expiresAt) {

		static AttachmentUploadResponse of(AttachmentUpload upload) {
			return new AttachmentUploadResponse(upload.uploadId(), upload.uploadUrl().toString(), upload.fileName(),
					upload.contentType(), Timestamps.format(upload.expiresAt()));
		}

	}

	/** What a delete answers: the id of what is gone. */
	record Deleted(String deletedId) {
	}

}
