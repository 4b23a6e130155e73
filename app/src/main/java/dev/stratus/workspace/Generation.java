package dev.stratus.workspace;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A code generation of a project: queued by a request, rendered by the {@code code-generations} job from
 * the schema version current at the request, its archive kept in S3 once {@link Status#READY}.
 *
 * @param schemaVersion the schema version it renders
 * @param files the archive's paths, empty until ready
 * @param sizeBytes the archive's size, null until ready
 * @param error why it failed, null unless {@link Status#FAILED}
 * @param completedAt when it became ready or failed
 * @param requestedBy the user who asked for it
 */
public record Generation(String id, String projectId, Status status, long schemaVersion, List<String> files,
		@Nullable Long sizeBytes, @Nullable String error, Instant createdAt, @Nullable Instant completedAt,
		String requestedBy) {

	public Generation {
		files = List.copyOf(files);
	}

	/** {@code QUEUED → RUNNING → READY | FAILED}; the last two are final. */
	public enum Status {

		QUEUED, RUNNING, READY, FAILED;

		/** Whether nothing more happens to it. */
		public boolean finished() {
			return this == READY || this == FAILED;
		}

	}

}
