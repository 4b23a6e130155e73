package dev.stratus.workspace.internal.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The rules a {@link Schema} must meet for a project of a given stack (docs/API.md "Schema"): every broken
 * one is reported at its path ({@code entities[1].fields[0].type}), so one answer names them all. Names
 * are compared ignoring case because they become packages, files and URL paths, where case may not tell
 * them apart.
 */
public final class SchemaRules {

	static final int MAX_ENTITIES = 100;

	static final int MAX_FIELDS = 100;

	static final int MAX_RELATIONS = 50;

	static final int MAX_VALUES = 100;

	private static final Pattern ENTITY_NAME = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

	private static final Pattern MEMBER_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

	private static final Pattern ENUM_VALUE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

	private static final Set<String> KINDS = Set.of(Relation.ONE_TO_MANY, Relation.MANY_TO_MANY);

	private static final Set<FieldType> NOT_UNIQUE = Set.of(FieldType.BOOLEAN, FieldType.ENUM);

	private final ReservedNames reserved;

	private final List<FieldProblem> problems = new ArrayList<>();

	private SchemaRules(ReservedNames reserved) {
		this.reserved = reserved;
	}

	/**
	 * Every rule {@code schema} breaks for a project of {@code stack}, in the order of the body.
	 * @throws IllegalArgumentException for a stack no project can have
	 */
	public static List<FieldProblem> problems(Schema schema, String stack) {
		SchemaRules rules = new SchemaRules(ReservedNames.of(stack));
		rules.schema(schema);
		return List.copyOf(rules.problems);
	}

	/** @throws InvalidInput naming every rule {@code schema} breaks, when it breaks any */
	public static void check(Schema schema, String stack) {
		List<FieldProblem> problems = problems(schema, stack);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private void schema(Schema schema) {
		List<@Nullable Entity> entities = schema.entities();
		if (entities.size() > MAX_ENTITIES) {
			reject("entities", "must have at most " + MAX_ENTITIES + " entities");
			return;
		}
		Set<String> names = entities.stream()
			.map(entity -> entity == null ? null : entity.name())
			.filter(name -> name != null)
			.collect(Collectors.toSet());
		Map<String, String> seenNames = new HashMap<>();
		Map<String, String> seenPaths = new HashMap<>();
		for (int i = 0; i < entities.size(); i++) {
			String path = "entities[" + i + "]";
			Entity entity = entities.get(i);
			if (entity == null) {
				reject(path, "must not be null");
				continue;
			}
			if (entityName(path + ".name", entity.name(), seenNames)) {
				String resource = JavaNames.resourcePath(entity.name());
				String other = seenPaths.putIfAbsent(resource, path);
				if (other != null) {
					reject(path + ".name", "would serve " + resource + ", as " + other + ".name does");
				}
			}
			entity(path, entity, names);
		}
	}

	private boolean entityName(String path, @Nullable String name, Map<String, String> seen) {
		if (name == null || !ENTITY_NAME.matcher(name).matches()) {
			reject(path, "must be PascalCase: a capital letter, then letters or digits, 1 to 64 characters");
			return false;
		}
		Optional<String> reason = reserved.entity(name);
		if (reason.isPresent()) {
			reject(path, "'" + name + "' is reserved: it " + reason.get());
			return false;
		}
		return unique(path, name, seen);
	}

	private void entity(String path, Entity entity, Set<String> entityNames) {
		Map<String, String> members = new HashMap<>();
		members.put("id", "the implicit id");
		if (entity.fields().size() > MAX_FIELDS) {
			reject(path + ".fields", "must have at most " + MAX_FIELDS + " fields");
		}
		else {
			for (int j = 0; j < entity.fields().size(); j++) {
				field(path + ".fields[" + j + "]", entity.name(), entity.fields().get(j), members);
			}
		}
		if (entity.relations().size() > MAX_RELATIONS) {
			reject(path + ".relations", "must have at most " + MAX_RELATIONS + " relations");
			return;
		}
		for (int k = 0; k < entity.relations().size(); k++) {
			relation(path + ".relations[" + k + "]", entity.relations().get(k), members, entityNames);
		}
	}

	private void field(String path, @Nullable String entity, @Nullable Field field, Map<String, String> members) {
		if (field == null) {
			reject(path, "must not be null");
			return;
		}
		boolean named = memberName(path + ".name", field.name(), members);
		Optional<FieldType> type = FieldType.named(field.type());
		if (type.isEmpty()) {
			reject(path + ".type", "must be one of " + FieldType.NAMES);
			return;
		}
		if (field.isUnique() && NOT_UNIQUE.contains(type.get())) {
			reject(path + ".unique", "cannot be set on a " + type.get().wireName() + " field: it has too few values");
		}
		if (type.get() != FieldType.ENUM) {
			if (!field.enumValues().isEmpty()) {
				reject(path + ".values", "are for enum fields only");
			}
			return;
		}
		if (named && entity != null) {
			reserved.enumType(entity, field.name()).ifPresent(reason -> reject(path + ".name", reason));
		}
		enumValues(path + ".values", field.enumValues());
	}

	private void enumValues(String path, List<@Nullable String> values) {
		if (values.isEmpty() || values.size() > MAX_VALUES) {
			reject(path, "an enum field needs 1 to " + MAX_VALUES + " values");
			return;
		}
		Map<String, String> seen = new HashMap<>();
		for (int v = 0; v < values.size(); v++) {
			String valuePath = path + "[" + v + "]";
			String value = values.get(v);
			if (value == null || !ENUM_VALUE.matcher(value).matches()) {
				reject(valuePath, "must be a letter, then letters, digits or '_', 1 to 64 characters");
				continue;
			}
			Optional<String> reason = reserved.enumValue(value);
			if (reason.isPresent()) {
				reject(valuePath, "'" + value + "' is reserved: it " + reason.get());
				continue;
			}
			unique(valuePath, value, seen);
		}
	}

	private void relation(String path, @Nullable Relation relation, Map<String, String> members,
			Set<String> entityNames) {
		if (relation == null) {
			reject(path, "must not be null");
			return;
		}
		memberName(path + ".name", relation.name(), members);
		if (relation.target() == null || !entityNames.contains(relation.target())) {
			reject(path + ".target", "must name an entity of this schema");
		}
		if (!KINDS.contains(relation.kind())) {
			reject(path + ".kind", "must be one-to-many or many-to-many");
		}
	}

	/** Checks a field's or relation's name, which share one namespace per entity (with the id). */
	private boolean memberName(String path, @Nullable String name, Map<String, String> members) {
		if (name == null || !MEMBER_NAME.matcher(name).matches()) {
			reject(path, "must be camelCase: a small letter, then letters or digits, 1 to 64 characters");
			return false;
		}
		Optional<String> reason = reserved.member(name);
		if (reason.isPresent()) {
			reject(path, "'" + name + "' is reserved: it " + reason.get());
			return false;
		}
		return unique(path, name, members);
	}

	/** Records {@code name} at {@code path}, or reports it when an earlier path has it already. */
	private boolean unique(String path, String name, Map<String, String> seen) {
		String other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), path);
		if (other != null) {
			reject(path, "'" + name + "' is taken by " + other + " (names are compared ignoring case)");
			return false;
		}
		return true;
	}

	private void reject(String path, String message) {
		problems.add(new FieldProblem(path, message));
	}

}
