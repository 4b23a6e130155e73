package dev.stratus.workspace;

import java.time.Instant;

/** One saved version of a documentation page; a saved version never changes. */
public record DocumentVersion(String documentId, long version, String title, String content, Instant createdAt,
		String createdBy) {

	/** A version in the history, without its content; {@code sizeBytes} is the content's in UTF-8. */
	public record Summary(long version, String title, long sizeBytes, Instant createdAt, String createdBy) {
	}

}
