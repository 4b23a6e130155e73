package dev.stratus.workspace;

import java.time.Instant;
import java.util.List;

/**
 * A page of a project's documentation as it is now: its newest version's title and markdown, and its
 * attachments. The markdown is stored as it was sent; the server never renders it.
 *
 * @param version the newest version's number, from 1
 */
public record Document(String id, String projectId, String title, String content, long version,
		List<Attachment> attachments, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	public Document {
		attachments = List.copyOf(attachments);
	}

	/** A page in a list: everything but its content and attachments. */
	public record Summary(String id, String projectId, String title, long version, Instant createdAt,
			String createdBy, Instant updatedAt, String updatedBy) {
	}

}
