package dev.stratus.workspace;

import java.time.Instant;

/**
 * What happened since {@code since} (24 hours ago, on the hour): deployments and generations requested, and
 * activity entries.
 */
public record RealtimeCounts(long deployments, long generations, long activity, Instant since) {
}
