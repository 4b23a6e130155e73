package dev.stratus.workspace.internal.schema;

import org.jspecify.annotations.Nullable;

/**
 * A named link from an {@link Entity} to the ids of {@code target} entities: {@code one-to-many} (a target
 * belongs to at most one row of this entity) or {@code many-to-many}.
 */
public record Relation(@Nullable String name, @Nullable String target, @Nullable String kind) {

	/** The contract's name of a one-to-many relation. */
	public static final String ONE_TO_MANY = "one-to-many";

	/** The contract's name of a many-to-many relation. */
	public static final String MANY_TO_MANY = "many-to-many";

	/** Whether a target may belong to one row only (as opposed to many-to-many). */
	public boolean isOneToMany() {
		return ONE_TO_MANY.equals(kind);
	}

}
