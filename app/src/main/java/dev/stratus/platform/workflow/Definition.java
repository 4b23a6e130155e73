package dev.stratus.platform.workflow;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A state machine, parsed and validated: every name it mentions is one of its states.
 * @param timeoutSeconds the whole execution's {@code TimeoutSeconds}, or null
 */
record Definition(String startAt, Map<String, State> states, @Nullable Integer timeoutSeconds) {

	Definition {
		states = Map.copyOf(states);
	}

	State state(String name) {
		State state = states.get(name);
		if (state == null) {
			throw new IllegalStateException("No state " + name + "; the definition changed under a running execution");
		}
		return state;
	}

}
