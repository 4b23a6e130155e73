package dev.stratus.workspace.web;

import java.util.List;

import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.DownloadLink;
import dev.stratus.workspace.Generation;
import org.jspecify.annotations.Nullable;

/** The code-generation routes' answers, shaped as docs/API.md "Workspace" lists them. */
final class GenerationResponses {

	private GenerationResponses() {
	}

	/** The 202 of a request: the generation's id and its status (QUEUED, or further on a replay). */
	record GenerationStarted(String id, String status) {

		static GenerationStarted of(Generation generation) {
			return new GenerationStarted(generation.id(), generation.status().name());
		}

	}

	/** A generation; {@code files} is empty and {@code sizeBytes} absent until it is READY. */
	record GenerationResponse(String id, String projectId, String status, long schemaVersion, List<String> files,
			@Nullable Long sizeBytes, @Nullable String error, String createdAt, @Nullable String completedAt) {

		static GenerationResponse of(Generation generation) {
			return new GenerationResponse(generation.id(), generation.projectId(), generation.status().name(),
					generation.schemaVersion(), generation.files(), generation.sizeBytes(), generation.error(),
					Timestamps.format(generation.createdAt()),
					generation.completedAt() == null ? null : Timestamps.format(generation.completedAt()));
		}

	}

	/** A presigned GET of the archive, valid until {@code expiresAt}. */
	record DownloadUrl(String url, String expiresAt) {

		static DownloadUrl of(DownloadLink link) {
			return new DownloadUrl(link.url().toString(), Timestamps.format(link.expiresAt()));
		}

	}

}
