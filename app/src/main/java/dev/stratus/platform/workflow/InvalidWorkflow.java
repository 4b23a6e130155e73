package dev.stratus.platform.workflow;

import java.util.List;

/**
 * A definition the engine refuses, with every problem found, each at its JSON path. Thrown while the
 * module declares the workflow, so the app does not start with it.
 */
public class InvalidWorkflow extends RuntimeException {

	private final List<String> problems;

	InvalidWorkflow(String workflow, List<String> problems) {
		super("Workflow " + workflow + " is invalid:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	/** Each as {@code "$.States.Insert.Next: names no state: Inserts"}. */
	public List<String> problems() {
		return problems;
	}

}
