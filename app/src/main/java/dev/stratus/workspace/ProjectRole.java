package dev.stratus.workspace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A team member's role in one project, from the most to the least rights: owners manage the team. */
public enum ProjectRole {

	OWNER, EDITOR, VIEWER;

	/** Whether this role has at least the rights of {@code other} (an owner is at least a viewer). */
	public boolean atLeast(ProjectRole other) {
		return ordinal() <= other.ordinal();
	}

	/** {@code owner}, as the API writes it. */
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The role named {@code wire}; empty for a name that is no role. */
	public static Optional<ProjectRole> fromWire(String wire) {
		return Arrays.stream(values()).filter(role -> role.wire().equals(wire)).findFirst();
	}

}
