package dev.stratus.platform.workflow;

import java.util.Optional;
import java.util.UUID;

/** What a {@code workflows} job message names: an execution, by id. */
record ExecutionRef(String id) {

	static Optional<ExecutionRef> parse(String text) {
		try {
			return Optional.of(new ExecutionRef(UUID.fromString(text).toString()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
