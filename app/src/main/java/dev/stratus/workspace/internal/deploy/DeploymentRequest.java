package dev.stratus.workspace.internal.deploy;

import java.util.regex.Pattern;

/**
 * One deployment to run: the project archive (a generated project, zipped) for a project environment.
 *
 * @param deploymentId names the deployment's sandbox directory, so only letters, digits, {@code -} and {@code _}
 * @param environment {@code dev}, {@code staging} or {@code prod}; one live app per project and environment
 */
public record DeploymentRequest(String deploymentId, String projectId, String environment,
		DeploymentArchive archive) {

	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public DeploymentRequest {
		if (!PLAIN_ID.matcher(deploymentId).matches()) {
			throw new IllegalArgumentException("A deployment id must be 1-64 letters, digits, '-' or '_'");
		}
	}

	ProjectEnvironment slot() {
		return new ProjectEnvironment(projectId, environment);
	}

	/** The key under which at most one app is live. */
	record ProjectEnvironment(String projectId, String environment) {
	}

}
