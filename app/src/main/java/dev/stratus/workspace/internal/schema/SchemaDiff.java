package dev.stratus.workspace.internal.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What changed from one schema version to another: entities added, removed or changed, and within a changed
 * entity its fields and relations added, removed or changed. Things are matched by name, so a rename reads
 * as a removal and an addition.
 */
public record SchemaDiff(Changes entities, List<EntityChanges> changedEntities) {

	/** Names added, removed, and kept but defined differently, in the order of the newer version. */
	public record Changes(List<String> added, List<String> removed, List<String> changed) {

		public boolean isEmpty() {
			return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
		}

	}

	/** The fields and relations of one entity both versions have. */
	public record EntityChanges(String entity, Changes fields, Changes relations) {

		boolean isEmpty() {
			return fields.isEmpty() && relations.isEmpty();
		}

	}

	/** From {@code before} to {@code after}; schemas that passed {@link SchemaRules}. */
	public static SchemaDiff between(Schema before, Schema after) {
		Changes entities = compare(before.entities(), after.entities(), Entity::name,
				(was, is) -> changes(was, is).isEmpty());
		Map<String, Entity> was = byName(before.entities(), Entity::name);
		Map<String, Entity> is = byName(after.entities(), Entity::name);
		return new SchemaDiff(entities,
				entities.changed().stream().map(name -> changes(was.get(name), is.get(name))).toList());
	}

	private static EntityChanges changes(Entity was, Entity is) {
		return new EntityChanges(String.valueOf(is.name()),
				compare(was.fields(), is.fields(), Field::name, SchemaDiff::sameField),
				compare(was.relations(), is.relations(), Relation::name, Objects::equals));
	}

	/** Whether the two versions define the same schema. */
	public boolean isEmpty() {
		return entities.isEmpty();
	}

	/** Not sent and {@code false} are the same flag; no values and an empty list the same enum. */
	private static boolean sameField(Field was, Field is) {
		return Objects.equals(was.type(), is.type()) && was.isRequired() == is.isRequired()
				&& was.isUnique() == is.isUnique() && was.enumValues().equals(is.enumValues());
	}

	private static <T> Changes compare(List<@Nullable T> before, List<@Nullable T> after,
			Function<T, @Nullable String> name, BiPredicate<T, T> same) {
		Map<String, T> was = byName(before, name);
		Map<String, T> is = byName(after, name);
		List<String> added = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		is.forEach((key, value) -> {
			T old = was.get(key);
			if (old == null) {
				added.add(key);
			}
			else if (!same.test(old, value)) {
				changed.add(key);
			}
		});
		List<String> removed = was.keySet().stream().filter(key -> !is.containsKey(key)).toList();
		return new Changes(added, removed, changed);
	}

	private static <T> Map<String, T> byName(List<@Nullable T> items, Function<T, @Nullable String> name) {
		Map<String, T> byName = new LinkedHashMap<>();
		for (T item : items) {
			if (item != null && name.apply(item) != null) {
				byName.putIfAbsent(name.apply(item), item);
			}
		}
		return byName;
	}

}
