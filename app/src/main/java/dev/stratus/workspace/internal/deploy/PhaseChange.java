package dev.stratus.workspace.internal.deploy;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A deployment entered a phase.
 *
 * @param url the app's base URL, set with {@link DeploymentPhase#SUCCEEDED SUCCEEDED} only
 * @param reason why it ended, set with {@link DeploymentPhase#FAILED FAILED}, {@code CANCELLED} and
 * {@code STOPPED}; safe to show to the project's members
 */
public record PhaseChange(String deploymentId, DeploymentPhase phase, Instant at, @Nullable URI url,
		@Nullable String reason) {
}
