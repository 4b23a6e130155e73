package dev.stratus.workspace.internal;

import java.util.Optional;

import dev.stratus.workspace.internal.schema.Schema;

/**
 * The project's schema versions, as code generation reads them: the current one when a generation is
 * requested, and that same version again when the job renders it. The schema service implements it.
 */
public interface CurrentSchema {

	/** The latest version of the project's schema; empty when none was saved yet. */
	Optional<Version> current(String projectId);

	/** Version {@code version} of the project's schema; empty when there is no such version. */
	Optional<Schema> atVersion(String projectId, long version);

	/** A schema with its version number (1 for the first save). */
	record Version(long version, Schema schema) {
	}

}
