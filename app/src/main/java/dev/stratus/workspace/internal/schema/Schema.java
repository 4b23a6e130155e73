package dev.stratus.workspace.internal.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/projects/{id}/schema}: entities, each of which gets an {@code id} key field
 * implicitly. Components are as sent (a missing list is empty, a missing element {@code null}), so that
 * {@link SchemaRules} can name every broken rule; only a schema without problems is fit to generate from.
 */
public record Schema(List<@Nullable Entity> entities) {

	public Schema {
		entities = Lists.orEmpty(entities);
	}

}
