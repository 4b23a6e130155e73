package dev.stratus.workspace.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The bodies of the deployment routes. */
final class DeploymentRequests {

	/** {@code Deployment.ENVIRONMENTS}; {@code DeploymentControllerTests} checks that they agree. */
	static final String ENVIRONMENTS = "dev|staging|prod";

	static final String ENVIRONMENT_MESSAGE = "must be one of dev, staging, prod";

	private DeploymentRequests() {
	}

	/** {@code POST /api/projects/{id}/deployments}. A generation id that is not a UUID names none: 400. */
	record NewDeployment(@NotNull @Pattern(regexp = ENVIRONMENTS, message = ENVIRONMENT_MESSAGE) String environment,
			@NotNull @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
					message = "must be a generation id") String generationId) {
	}

}
