package dev.stratus.workspace.internal;

import java.util.Optional;

/**
 * What a {@code deployments} message names: a deployment with its project, so the worker reads the item by its key,
 * consistently. Written {@code <projectId>/<deploymentId>}.
 */
public record DeploymentRef(String projectId, String deploymentId) {

	String text() {
		return projectId + "/" + deploymentId;
	}

	/** The reference {@code text} writes; empty for text that names no deployment. */
	static Optional<DeploymentRef> parse(String text) {
		int slash = text.indexOf('/');
		if (slash < 0) {
			return Optional.empty();
		}
		DeploymentRef ref = new DeploymentRef(text.substring(0, slash), text.substring(slash + 1));
		return GenerationRef.uuid(ref.projectId()) && GenerationRef.uuid(ref.deploymentId()) ? Optional.of(ref)
				: Optional.empty();
	}

}
