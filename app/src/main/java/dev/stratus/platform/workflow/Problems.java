package dev.stratus.platform.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What is wrong with a definition, each problem at its JSON path, and the typed field readers that
 * find them: each reads what it can and records a problem for what it cannot, so that one pass
 * reports every problem.
 */
final class Problems {

	private final List<String> found = new ArrayList<>();

	void add(String at, String problem) {
		found.add(at + ": " + problem);
	}

	List<String> found() {
		return List.copyOf(found);
	}

	static String child(String at, String field) {
		return field.matches("[A-Za-z_][A-Za-z0-9_]*") ? at + "." + field : at + "['" + field + "']";
	}

	void onlyFields(String at, JsonNode node, Set<String> allowed, String what) {
		node.propertyNames().forEach(field -> {
			if (!allowed.contains(field)) {
				add(child(at, field), "is not a field of " + what);
			}
		});
	}

	@Nullable
	String string(JsonNode node, String at, String field, boolean required) {
		JsonNode value = node.get(field);
		if (value == null) {
			if (required) {
				add(child(at, field), "is missing");
			}
			return null;
		}
		if (!value.isString() || value.asString().isEmpty()) {
			add(child(at, field), "must be a non-empty string");
			return null;
		}
		return value.asString();
	}

	/** An integer of at least {@code min}, or {@code fallback} when absent (or wrong). */
	@Nullable
	Integer integer(JsonNode node, String at, String field, int min, @Nullable Integer fallback) {
		JsonNode value = node.get(field);
		if (value == null) {
			return fallback;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min) {
			add(child(at, field), "must be an integer of at least " + min);
			return fallback;
		}
		return value.asInt();
	}

	/**
	 * A path field: {@code $} when absent, null when JSON null and {@code nullable}.
	 * @param reference whether it must be a Reference Path (names one node)
	 */
	@Nullable
	String path(JsonNode node, String at, String field, boolean reference, boolean nullable) {
		JsonNode value = node.get(field);
		if (value == null) {
			return "$";
		}
		if (value.isNull() && nullable) {
			return null;
		}
		if (!value.isString()) {
			add(child(at, field), nullable ? "must be a path or null" : "must be a path");
			return "$";
		}
		checkPath(child(at, field), value.asString(), reference);
		return value.asString();
	}

	/** A path field that has no default: null when absent. */
	@Nullable
	String optionalPath(JsonNode node, String at, String field, boolean reference) {
		return node.has(field) ? path(node, at, field, reference, false) : null;
	}

	void checkPath(String at, String path, boolean reference) {
		String syntax = JsonPaths.syntaxProblem(path);
		if (syntax != null) {
			add(at, syntax);
		}
		else if (reference && !JsonPaths.isReferencePath(path)) {
			add(at, "must be a Reference Path (one node: no wildcards, filters or ..): " + path);
		}
	}

	/**
	 * A payload template ({@code Parameters}, {@code ResultSelector}): an object whose {@code .$}
	 * fields hold paths into the input or, with {@code $$}, the context object.
	 */
	@Nullable
	JsonNode template(JsonNode node, String at, String field) {
		JsonNode template = node.get(field);
		if (template == null) {
			return null;
		}
		if (!template.isObject()) {
			add(child(at, field), "must be an object");
			return null;
		}
		checkTemplate(child(at, field), template);
		return template;
	}

	private void checkTemplate(String at, JsonNode template) {
		if (template.isArray()) {
			for (int i = 0; i < template.size(); i++) {
				checkTemplate(at + "[" + i + "]", template.get(i));
			}
			return;
		}
		template.properties().forEach(entry -> {
			String fieldAt = child(at, entry.getKey());
			JsonNode value = entry.getValue();
			if (!entry.getKey().endsWith(".$")) {
				checkTemplate(fieldAt, value);
			}
			else if (!value.isString()) {
				add(fieldAt, "must be a path (a field named .$ holds one)");
			}
			else if (value.asString().startsWith("States.")) {
				add(fieldAt, "uses an intrinsic function, which the local engine does not run: " + value.asString());
			}
			else {
				String path = value.asString();
				checkPath(fieldAt, path.startsWith("$$") ? path.substring(1) : path, false);
			}
		});
	}

}
