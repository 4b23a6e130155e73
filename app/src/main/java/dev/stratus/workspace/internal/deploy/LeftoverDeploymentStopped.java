package dev.stratus.workspace.internal.deploy;

import java.time.Instant;

/**
 * Published when Stratus starts and finds a process of a deployment a previous run started (its app, or its build
 * when that run ended mid-build): the process is stopped, if it still ran, and the deployment's record should say
 * so, because no sink will hear about it again.
 *
 * @param phase what the process was doing: {@code BUILDING}, {@code DEPLOYING} (starting) or {@code SUCCEEDED}
 */
public record LeftoverDeploymentStopped(String deploymentId, String projectId, String environment,
		DeploymentPhase phase, Instant at) {
}
