package dev.stratus.workspace.internal;

import java.time.Instant;

import dev.stratus.workspace.Generation;
import org.jspecify.annotations.Nullable;

/**
 * A generation with what its job needs besides: what was asked for at the request (so a retry renders the
 * same project) and its failed attempts.
 *
 * @param stack the project's stack at the request
 * @param projectName the project's name at the request, which names the generated project
 * @param parked whether it was dead-lettered (and so marked failed) and waits for an admin's redrive
 */
public record StoredGeneration(Generation generation, String stack, String projectName, String requesterEmail,
		long failedAttempts, @Nullable Instant firstFailedAt, @Nullable String lastError, boolean parked) {

	public GenerationRef ref() {
		return new GenerationRef(generation.projectId(), generation.id());
	}

}
