package dev.stratus.workspace;

import java.time.Instant;

/** A schema version as the history lists it: without its entities, but with how many there are. */
public record SchemaVersionSummary(long version, Instant createdAt, String createdBy, int entityCount) {
}
