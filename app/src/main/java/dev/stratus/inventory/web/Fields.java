package dev.stratus.inventory.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.web.ApiException;
import dev.stratus.platform.web.ErrorCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON object field by field, collecting every broken rule instead of stopping at the
 * first, so one 400 lists them all. Wrong JSON types are broken rules too ("must be an integer"):
 * a price of {@code 9.99} must not silently become 9.
 */
final class Fields {

	private final JsonNode body;

	private final List<FieldProblem> problems = new ArrayList<>();

	private Fields(JsonNode body) {
		this.body = body;
	}

	/** @throws ApiException {@code BAD_REQUEST} unless the body is a JSON object */
	static Fields of(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new ApiException(ErrorCode.BAD_REQUEST, "Request body must be a JSON object");
		}
		return new Fields(body);
	}

	boolean has(String field) {
		return body.get(field) != null;
	}

	boolean isNull(String field) {
		return has(field) && body.get(field).isNull();
	}

	/** A required string (stripped) of {@code min}..{@code max} characters; null when broken. */
	@Nullable String text(String field, int min, int max) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return problem(field, "is required");
		}
		if (!node.isString()) {
			return problem(field, "must be a string");
		}
		String value = node.asString().strip();
		if (value.length() < min || value.length() > max) {
			return problem(field, "must be between " + min + " and " + max + " characters");
		}
		return value;
	}

	/** A required whole number of {@code min}..{@code max}; null when broken. */
	@Nullable Long integer(String field, long min, long max) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return problem(field, "is required");
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			return problem(field, "must be an integer");
		}
		if (node.longValue() < min || node.longValue() > max) {
			return problem(field, "must be between " + min + " and " + max);
		}
		return node.longValue();
	}

	/** A required string that is one of {@code allowed}; null when broken. */
	@Nullable String oneOf(String field, List<String> allowed) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			return problem(field, "is required");
		}
		if (!node.isString() || !allowed.contains(node.asString())) {
			return problem(field, "must be one of " + String.join(", ", allowed));
		}
		return node.asString();
	}

	/** An absolute http(s) URL; null when broken. */
	@Nullable String url(String field) {
		String value = text(field, 1, 2048);
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value);
			if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null) {
				return value;
			}
		}
		catch (URISyntaxException malformed) {
			// Reported below.
		}
		return problem(field, "must be an http or https URL");
	}

	<T> @Nullable T problem(String field, String message) {
		problems.add(new FieldProblem(field, message));
		return null;
	}

	/** @throws InvalidInput listing every broken field */
	void check() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems.stream()
				.sorted(java.util.Comparator.comparing(FieldProblem::field))
				.toList());
		}
	}

}
