package dev.stratus.workspace;

/**
 * The answer to a deployment request.
 *
 * @param replayed whether an {@code Idempotency-Key} already named it, so this request queued nothing
 */
public record StartedDeployment(Deployment deployment, boolean replayed) {
}
