package dev.stratus.workspace;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A deployment of a ready generation to one of a project's environments: queued by a request, built and started
 * by the {@code deployments} job on a deployment target, live at {@code url} once {@link Status#SUCCEEDED}.
 *
 * @param url the live app's base URL; set while {@link Status#SUCCEEDED} only, so a stopped app shows none
 * @param reason why it failed, was cancelled or stopped; null otherwise
 * @param requestedBy the user who asked for it
 */
public record Deployment(String id, String projectId, String environment, String generationId, Status status,
		@Nullable URI url, @Nullable String reason, Instant createdAt, Instant updatedAt, String requestedBy) {

	/** The environments a project deploys to, one live app each. */
	public static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");

	/**
	 * {@code QUEUED → BUILDING → DEPLOYING → SUCCEEDED | FAILED | CANCELLED}, and {@code SUCCEEDED → STOPPED}
	 * when the live app stops (replaced by a newer deployment, cancelled, exited, or Stratus stopped).
	 */
	public enum Status {

		QUEUED, BUILDING, DEPLOYING, SUCCEEDED, FAILED, CANCELLED, STOPPED;

		/** Whether nothing more happens to it. */
		public boolean finished() {
			return this == FAILED || this == CANCELLED || this == STOPPED;
		}

		/** Whether a build or start runs (or waits to) for it. */
		public boolean inProgress() {
			return this == QUEUED || this == BUILDING || this == DEPLOYING;
		}

	}

}
