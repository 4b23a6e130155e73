package dev.stratus.workspace.internal.assistant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.Relation;
import dev.stratus.workspace.internal.schema.Schema;
import dev.stratus.workspace.internal.schema.SchemaRules;
import org.jspecify.annotations.Nullable;

/**
 * The problems the analyser points out in a schema, each a sentence naming what and why: no entities, entities
 * without a natural key, references without a relation, entities no relation touches, names the generator
 * will reject (the validator's own {@link SchemaRules}), and lookup keys that are not unique.
 */
final class SchemaFindings {

	/** Field names people look rows up by; unless unique, such a lookup has no index and may find two rows. */
	static final Set<String> LOOKUP_KEYS = Set.of("email", "sku", "code", "slug", "externalid", "username");

	/** {@code customerId}, {@code customer_id}: a field holding another entity's id. */
	private static final Pattern REFERENCE = Pattern.compile("(.+?)_?id", Pattern.CASE_INSENSITIVE);

	/** A validator path, {@code entities[1].fields[0].type}. */
	private static final Pattern PATH = Pattern.compile("entities\\[(\\d+)](?:\\.(fields|relations)\\[(\\d+)])?");

	private SchemaFindings() {
	}

	/** Every finding, in the order of the rules above and of the schema; empty for a schema without any. */
	static List<String> of(Schema schema, String stack) {
		List<Entity> entities = schema.entities().stream().filter(Objects::nonNull)
			.filter(entity -> entity.name() != null).toList();
		if (entities.isEmpty()) {
			return List.of("The schema has no entities, so the generated code would have nothing to store or serve: "
					+ "add at least one.");
		}
		List<String> findings = new ArrayList<>();
		entities.stream().filter(entity -> fields(entity).noneMatch(Field::isUnique))
			.forEach(entity -> findings.add(entity.name() + " has no natural key: no field besides the implicit id "
					+ "is unique, so nothing stops two rows from describing the same thing. Mark the field that "
					+ "identifies one (an email, a code, a name) as unique."));
		findings.addAll(missingRelations(entities));
		if (entities.size() > 1) {
			Set<String> linked = linkedEntities(entities);
			entities.stream().filter(entity -> !linked.contains(entity.name()))
				.forEach(entity -> findings.add(entity.name() + " is not linked to any other entity: no relation "
						+ "starts or ends at it. If its rows belong to another entity's, add a relation."));
		}
		for (FieldProblem problem : SchemaRules.problems(schema, stack)) {
			findings.add("The " + stack + " generator would reject " + where(schema, problem.field()) + ": "
					+ problem.message() + ".");
		}
		for (Entity entity : entities) {
			fields(entity).filter(field -> LOOKUP_KEYS.contains(field.name().toLowerCase(Locale.ROOT)))
				.filter(field -> !field.isUnique() && !"boolean".equals(field.type()) && !"enum".equals(field.type()))
				.forEach(field -> findings.add(entity.name() + "." + field.name() + " looks like a lookup key but is "
						+ "not unique: finding a row by it has no index to use, and two rows may share it. Mark it "
						+ "unique."));
		}
		return findings;
	}

	/** Fields named like another entity's id ({@code customerId}) in an entity no relation links to that one. */
	private static List<String> missingRelations(List<Entity> entities) {
		Map<String, String> byLowerName = entities.stream()
			.collect(Collectors.toMap(entity -> entity.name().toLowerCase(Locale.ROOT), Entity::name,
					(first, second) -> first));
		List<String> findings = new ArrayList<>();
		for (Entity entity : entities) {
			fields(entity).forEach(field -> {
				Matcher reference = REFERENCE.matcher(field.name());
				String target = reference.matches() ? byLowerName.get(reference.group(1).toLowerCase(Locale.ROOT))
						: null;
				if (target != null && !related(entities, entity.name(), target)) {
					findings.add(entity.name() + "." + field.name() + " looks like a reference to " + target
							+ ", but no relation links " + entity.name() + " and " + target + ", so the generated "
							+ "code treats it as a plain value. Add a relation between them (say one-to-many from "
							+ target + " to " + entity.name() + ").");
				}
			});
		}
		return findings;
	}

	private static boolean related(List<Entity> entities, String one, String other) {
		return entities.stream()
			.anyMatch(entity -> relations(entity).anyMatch(relation -> links(entity, relation, one, other)
					|| links(entity, relation, other, one)));
	}

	private static boolean links(Entity entity, Relation relation, String from, String to) {
		return entity.name().equals(from) && to.equals(relation.target());
	}

	/** The entities some relation starts or ends at. */
	private static Set<String> linkedEntities(List<Entity> entities) {
		Set<String> linked = new HashSet<>();
		for (Entity entity : entities) {
			relations(entity).forEach(relation -> {
				linked.add(entity.name());
				if (relation.target() != null) {
					linked.add(relation.target());
				}
			});
		}
		return linked;
	}

	/** A validator path in names: {@code entities[0].fields[1].name} → {@code Customer.email (name)}. */
	static String where(Schema schema, String path) {
		Matcher at = PATH.matcher(path);
		if (!at.lookingAt()) {
			return path;
		}
		Entity entity = element(schema.entities(), at.group(1), Function.identity());
		String name = entity == null || entity.name() == null ? path.substring(0, at.end(1) + 1) : entity.name();
		if (at.group(2) != null && entity != null) {
			String member = "fields".equals(at.group(2)) ? element(entity.fields(), at.group(3), Field::name)
					: element(entity.relations(), at.group(3), Relation::name);
			name += "." + (member == null ? at.group(2) + "[" + at.group(3) + "]" : member);
		}
		String rest = path.substring(at.end());
		return rest.isEmpty() ? name : name + " (" + rest.replaceFirst("^\\.", "") + ")";
	}

	private static <T, R> @Nullable R element(List<@Nullable T> list, String index, Function<T, @Nullable R> part) {
		int i = Integer.parseInt(index);
		T element = i < list.size() ? list.get(i) : null;
		return element == null ? null : part.apply(element);
	}

	private static Stream<Field> fields(Entity entity) {
		return entity.fields().stream().filter(Objects::nonNull).filter(field -> field.name() != null);
	}

	private static Stream<Relation> relations(Entity entity) {
		return entity.relations().stream().filter(Objects::nonNull);
	}

}
