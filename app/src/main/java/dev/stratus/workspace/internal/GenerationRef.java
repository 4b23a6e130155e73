package dev.stratus.workspace.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * What a {@code code-generations} message names: a generation with its project, so the worker reads the
 * item by its key, consistently, rather than through an index that may lag the request. Written
 * {@code <projectId>/<generationId>}.
 */
public record GenerationRef(String projectId, String generationId) {

	/** {@code <projectId>/<generationId>}, as messages and dead letters carry it. */
	String text() {
		return projectId + "/" + generationId;
	}

	/** The reference {@code text} writes; empty for text that names no generation. */
	static Optional<GenerationRef> parse(String text) {
		int slash = text.indexOf('/');
		if (slash < 0) {
			return Optional.empty();
		}
		String projectId = text.substring(0, slash);
		String generationId = text.substring(slash + 1);
		return uuid(projectId) && uuid(generationId) ? Optional.of(new GenerationRef(projectId, generationId))
				: Optional.empty();
	}

	/** Whether {@code text} is a UUID as the workspace writes them: lower case, canonical. */
	static boolean uuid(String text) {
		try {
			return UUID.fromString(text).toString().equals(text);
		}
		catch (IllegalArgumentException notAnId) {
			return false;
		}
	}

}
