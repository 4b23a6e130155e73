package dev.stratus.fleet;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to list; every part is optional.
 *
 * @param from the earliest timestamp, inclusive
 * @param to the latest timestamp, inclusive
 */
public record AuditQuery(@Nullable String instanceId, @Nullable String userId, @Nullable FleetAction action,
		@Nullable Instant from, @Nullable Instant to) {

	/** Everything the list depends on, for its page tokens. */
	public String scope() {
		return "fleet-audit|" + instanceId + "|" + userId + "|" + action + "|" + from + "|" + to;
	}

}
