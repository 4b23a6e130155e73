package dev.stratus.workspace.internal.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.stratus.workspace.SchemaVersion;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.JavaNames;
import dev.stratus.workspace.internal.schema.Relation;

/** A schema in plain words: each entity with its fields, and what each relation means for the rows. */
final class SchemaWords {

	/** Entities described one by one; a larger schema is summed up after these. */
	static final int MAX_ENTITIES = 40;

	private SchemaWords() {
	}

	static String explain(SchemaVersion version) {
		List<Entity> entities = version.schema().entities().stream().filter(Objects::nonNull)
			.filter(entity -> entity.name() != null).toList();
		if (entities.isEmpty()) {
			return "Schema version " + version.version() + " has no entities yet.";
		}
		List<String> lines = new ArrayList<>();
		lines.add("Schema version " + version.version() + " (saved " + Texts.time(version.createdAt()) + ") has "
				+ Texts.count(entities.size(), "entity", "entities") + ". Each also has an id (a UUID) that "
				+ "identifies its rows.");
		entities.stream().limit(MAX_ENTITIES).forEach(entity -> lines.add("- " + entity(entity)));
		if (entities.size() > MAX_ENTITIES) {
			lines.add("- and " + (entities.size() - MAX_ENTITIES) + " more: "
					+ entities.stream().skip(MAX_ENTITIES).map(Entity::name).collect(Collectors.joining(", ")) + ".");
		}
		return String.join("\n", lines);
	}

	private static String entity(Entity entity) {
		List<Field> fields = entity.fields().stream().filter(Objects::nonNull).toList();
		StringBuilder text = new StringBuilder(entity.name()).append(": ");
		text.append(fields.isEmpty() ? "no fields besides its id."
				: fields.stream().map(SchemaWords::field).collect(Collectors.joining(", ")) + ".");
		entity.relations().stream().filter(Objects::nonNull)
			.forEach(relation -> text.append(' ').append(relation(entity.name(), relation)));
		return text.toString();
	}

	private static String field(Field field) {
		List<String> traits = new ArrayList<>();
		traits.add("enum".equals(field.type()) ? "one of " + field.enumValues().stream().map(String::valueOf)
			.collect(Collectors.joining(", ")) : String.valueOf(field.type()));
		if (field.isRequired()) {
			traits.add("required");
		}
		if (field.isUnique()) {
			traits.add("unique");
		}
		return field.name() + " (" + String.join(", ", traits) + ")";
	}

	private static String relation(String entity, Relation relation) {
		String target = String.valueOf(relation.target());
		if (relation.isOneToMany()) {
			return "Each " + entity + " has many " + JavaNames.plural(target) + " (" + relation.name() + "), and "
					+ Texts.article(target) + " belongs to at most one " + entity + ".";
		}
		String one = Texts.article(entity);
		return Character.toUpperCase(one.charAt(0)) + one.substring(1) + " is linked to many "
				+ JavaNames.plural(target) + " (" + relation.name() + "), and " + Texts.article(target) + " to many "
				+ JavaNames.plural(entity) + ".";
	}

}
