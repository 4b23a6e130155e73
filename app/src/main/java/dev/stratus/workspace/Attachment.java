package dev.stratus.workspace;

import java.time.Instant;

/**
 * A file attached to a documentation page, stored at {@code documentation/{projectId}/{documentId}/{fileName}};
 * {@code contentType} is the type its content was checked to be.
 */
public record Attachment(String id, String fileName, String contentType, long sizeBytes, Instant createdAt,
		String createdBy) {
}
