package dev.stratus.platform.workflow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.mapper.JsonSmartMappingProvider;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The States Language's paths, evaluated by Jayway JsonPath: reading a path (a miss is a
 * {@link PathMiss}), telling a Reference Path (definite: no wildcards, filters or deep scan) and
 * writing at one, creating the objects on the way as {@code ResultPath} does.
 */
final class JsonPaths {

	/** One segment of Jayway's normalized form of a definite path: {@code ['name']} or {@code [3]}. */
	private static final Pattern SEGMENT = Pattern.compile("\\['(.*?)'\\](?=\\[|$)|\\[(\\d+)\\]");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Configuration CONFIGURATION = Configuration.builder()
		.jsonProvider(new PlainJsonProvider(JSON))
		.mappingProvider(new JsonSmartMappingProvider())
		.options(EnumSet.noneOf(com.jayway.jsonpath.Option.class))
		.build();

	private JsonPaths() {
	}

	/** A problem with the path's syntax, or null when Jayway reads it. */
	static @Nullable String syntaxProblem(String path) {
		if (!path.startsWith("$")) {
			return "is not a path (it must start with $): " + path;
		}
		try {
			JsonPath.compile(path);
			return null;
		}
		catch (InvalidPathException ex) {
			return "is not a valid JSONPath (" + ex.getMessage() + "): " + path;
		}
	}

	/** Whether {@code path} is a valid Reference Path: it names one node. */
	static boolean isReferencePath(String path) {
		return syntaxProblem(path) == null && JsonPath.compile(path).isDefinite();
	}

	/**
	 * The value at {@code path}; for a path with wildcards or filters, the array of matches.
	 * @throws PathMiss when a definite path names nothing
	 */
	static JsonNode read(JsonNode document, String path) {
		DocumentContext context = JsonPath.using(CONFIGURATION).parse(JSON.treeToValue(document, Object.class));
		try {
			Object found = context.read(path);
			return JSON.valueToTree(found);
		}
		catch (PathNotFoundException ex) {
			throw new PathMiss(path, document);
		}
	}

	/** Whether a definite path names a node (a null counts). */
	static boolean isPresent(JsonNode document, String path) {
		try {
			read(document, path);
			return true;
		}
		catch (PathMiss miss) {
			return false;
		}
	}

	/**
	 * {@code document} with {@code value} at the Reference Path {@code path}: {@code $} replaces it
	 * whole, otherwise the objects on the way are created. The input is left as it was.
	 * @throws PathMiss when a node on the way is not an object (or an array, for an index)
	 */
	static JsonNode write(JsonNode document, String path, JsonNode value) {
		List<Object> segments = segments(path);
		if (segments.isEmpty()) {
			return value;
		}
		JsonNode root = document.deepCopy();
		JsonNode node = root;
		for (int i = 0; i < segments.size(); i++) {
			Object segment = segments.get(i);
			boolean last = i == segments.size() - 1;
			if (segment instanceof String name && node instanceof ObjectNode object) {
				if (last) {
					object.set(name, value);
				}
				else {
					JsonNode next = object.get(name);
					node = next == null || next.isNull() ? object.putObject(name) : next;
				}
			}
			else if (segment instanceof Integer index && node instanceof ArrayNode array && index < array.size()) {
				if (last) {
					array.set(index, value);
				}
				else {
					node = array.get(index);
				}
			}
			else {
				throw new PathMiss(path, document);
			}
		}
		return root;
	}

	private static List<Object> segments(String path) {
		String normalized = JsonPath.compile(path).getPath();
		List<Object> segments = new ArrayList<>();
		Matcher matcher = SEGMENT.matcher(normalized);
		int at = 1;
		while (at < normalized.length() && matcher.find(at) && matcher.start() == at) {
			segments.add(matcher.group(1) != null ? matcher.group(1) : Integer.valueOf(matcher.group(2)));
			at = matcher.end();
		}
		if (at != normalized.length()) {
			throw new IllegalArgumentException("Not a Reference Path: " + path);
		}
		return segments;
	}

	static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	/** A path that names nothing in the document it was applied to. */
	static final class PathMiss extends RuntimeException {

		PathMiss(String path, JsonNode document) {
			super("The JSONPath '" + path + "' could not be found in the input '" + abbreviated(document) + "'", null,
					false, false);
		}

		private static String abbreviated(JsonNode document) {
			String text = document.toString();
			return text.length() > 200 ? text.substring(0, 200) + "…" : text;
		}

	}

}
