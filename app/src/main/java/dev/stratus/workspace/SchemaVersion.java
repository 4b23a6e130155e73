package dev.stratus.workspace;

import java.time.Instant;

import dev.stratus.workspace.internal.schema.Schema;

/** One saved version of a project's schema: versions count from 1, and a saved one never changes. */
public record SchemaVersion(long version, Schema schema, Instant createdAt, String createdBy) {
}
