package dev.stratus.platform.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Where an execution goes once a step has exited: on to the next state, or to its end. */
sealed interface Advance {

	record Next(Cursor cursor) implements Advance {
	}

	record Finish(ExecutionStatus status, @Nullable JsonNode output, @Nullable ExecutionError error, Instant at)
			implements Advance {
	}

}
