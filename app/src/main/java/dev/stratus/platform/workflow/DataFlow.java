package dev.stratus.platform.workflow;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a state's data flows, field by field of the States Language: {@code InputPath} selects the
 * effective input, {@code Parameters} shapes it, {@code ResultSelector} shapes the result,
 * {@code ResultPath} places it in the raw input and {@code OutputPath} selects the output. A null
 * path is the language's JSON {@code null} (discard); an absent one defaults to {@code $}. A path
 * that names nothing is {@code States.Runtime}; a {@code ResultPath} that cannot be applied is
 * {@code States.ResultPathMatchFailure}.
 */
record DataFlow(@Nullable String inputPath, @Nullable JsonNode parameters, @Nullable JsonNode resultSelector,
		@Nullable String resultPath, @Nullable String outputPath) {

	static final DataFlow DEFAULT = new DataFlow("$", null, null, "$", "$");

	JsonNode input(JsonNode raw) {
		return select(raw, inputPath);
	}

	/** The effective input after {@code InputPath} and {@code Parameters}. */
	JsonNode effectiveInput(JsonNode raw, JsonNode context) {
		JsonNode input = input(raw);
		return parameters == null ? input : fill(parameters, input, context);
	}

	JsonNode selectResult(JsonNode result, JsonNode context) {
		return resultSelector == null ? result : fill(resultSelector, result, context);
	}

	/** The raw input with {@code result} at {@code ResultPath}. */
	JsonNode merge(JsonNode raw, JsonNode result) {
		return merge(raw, resultPath, result);
	}

	JsonNode output(JsonNode merged) {
		return select(merged, outputPath);
	}

	static JsonNode merge(JsonNode raw, @Nullable String resultPath, JsonNode result) {
		if (resultPath == null) {
			return raw;
		}
		try {
			return JsonPaths.write(raw, resultPath, result);
		}
		catch (JsonPaths.PathMiss miss) {
			throw new StateFailure(StateFailure.RESULT_PATH_MATCH_FAILURE,
					"Unable to apply ResultPath '" + resultPath + "' to input '" + raw + "'");
		}
	}

	private static JsonNode select(JsonNode document, @Nullable String path) {
		if (path == null) {
			return JsonNodeFactory.instance.objectNode();
		}
		try {
			return JsonPaths.read(document, path);
		}
		catch (JsonPaths.PathMiss miss) {
			throw StateFailure.runtime(miss.getMessage());
		}
	}

	/**
	 * A payload template ({@code Parameters}, {@code ResultSelector}) filled in: a field named
	 * {@code x.$} becomes {@code x} with the value at its path, in {@code input} or, for {@code $$},
	 * in the context object; nested objects and arrays are filled the same way.
	 */
	static JsonNode fill(JsonNode template, JsonNode input, JsonNode context) {
		if (template instanceof ArrayNode array) {
			ArrayNode filled = JsonNodeFactory.instance.arrayNode();
			array.forEach(element -> filled.add(fill(element, input, context)));
			return filled;
		}
		if (!(template instanceof ObjectNode object)) {
			return template;
		}
		ObjectNode filled = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, JsonNode> field : object.properties()) {
			String name = field.getKey();
			if (name.endsWith(".$")) {
				filled.set(name.substring(0, name.length() - 2), valueOf(name, field.getValue().asString(), input,
						context));
			}
			else {
				filled.set(name, fill(field.getValue(), input, context));
			}
		}
		return filled;
	}

	private static JsonNode valueOf(String field, String path, JsonNode input, JsonNode context) {
		boolean inContext = path.startsWith("$$");
		try {
			return inContext ? JsonPaths.read(context, path.substring(1)) : JsonPaths.read(input, path);
		}
		catch (JsonPaths.PathMiss miss) {
			throw StateFailure.runtime("The JSONPath '" + path + "' specified for the field '" + field
					+ "' could not be found in the " + (inContext ? "context object" : "input '" + input + "'"));
		}
	}

}
