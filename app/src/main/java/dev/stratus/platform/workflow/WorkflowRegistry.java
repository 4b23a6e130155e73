package dev.stratus.platform.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The declared workflows' definitions, by name, for the runner that resumes their executions. */
@Component
class WorkflowRegistry {

	private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

	void add(String name, Definition definition) {
		if (definitions.putIfAbsent(name, definition) != null) {
			throw new IllegalStateException("Workflow " + name + " is declared twice");
		}
	}

	Optional<Definition> definition(String name) {
		return Optional.ofNullable(definitions.get(name));
	}

	Set<String> names() {
		return Set.copyOf(definitions.keySet());
	}

}
