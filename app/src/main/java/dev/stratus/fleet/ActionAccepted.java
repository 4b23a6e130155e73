package dev.stratus.fleet;

/**
 * An action EC2 accepted.
 *
 * @param actionId the id of its audit entry
 * @param fromState the instance's state when the action was decided
 * @param replayed whether this is the first answer given again to a retry with the same Idempotency-Key
 */
public record ActionAccepted(String actionId, String instanceId, FleetAction action, String fromState,
		boolean replayed) {
}
