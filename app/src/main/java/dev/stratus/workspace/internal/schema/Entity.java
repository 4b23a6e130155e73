package dev.stratus.workspace.internal.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One entity of a {@link Schema}: a PascalCase name, its fields and its relations to other entities. */
public record Entity(@Nullable String name, List<@Nullable Field> fields, List<@Nullable Relation> relations) {

	public Entity {
		fields = Lists.orEmpty(fields);
		relations = Lists.orEmpty(relations);
	}

}
