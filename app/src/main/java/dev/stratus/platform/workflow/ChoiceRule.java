package dev.stratus.platform.workflow;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A Choice state's rule: a comparison of the value at {@code Variable}, or {@code And}, {@code Or},
 * {@code Not} of nested rules. A comparison of values of the wrong type is false, not an error; a
 * {@code Variable} (or {@code …Path} operand) that names nothing is {@code States.Runtime}, except for
 * {@code IsPresent}.
 */
sealed interface ChoiceRule {

	boolean test(JsonNode input);

	record And(List<ChoiceRule> rules) implements ChoiceRule {

		@Override
		public boolean test(JsonNode input) {
			return rules.stream().allMatch(rule -> rule.test(input));
		}

	}

	record Or(List<ChoiceRule> rules) implements ChoiceRule {

		@Override
		public boolean test(JsonNode input) {
			return rules.stream().anyMatch(rule -> rule.test(input));
		}

	}

	record Not(ChoiceRule rule) implements ChoiceRule {

		@Override
		public boolean test(JsonNode input) {
			return !rule.test(input);
		}

	}

	/**
	 * @param byPath whether the operator is a {@code …Path} variant
	 * @param operand the literal to compare with, or for a {@code …Path} variant the path to it
	 */
	record Comparison(String variable, ChoiceOperator operator, boolean byPath, JsonNode operand)
			implements ChoiceRule {

		@Override
		public boolean test(JsonNode input) {
			if (operator == ChoiceOperator.IS_PRESENT) {
				return JsonPaths.isPresent(input, variable) == operand.asBoolean();
			}
			JsonNode value = at(input, variable);
			if (operator.family() == ChoiceOperator.Family.TYPE) {
				return isOfType(value) == operand.asBoolean();
			}
			JsonNode other = byPath ? at(input, operand.asString()) : operand;
			return switch (operator.family()) {
				case STRING -> value.isString() && other.isString()
						&& operator.holds(value.asString().compareTo(other.asString()));
				case MATCHES -> value.isString() && wildcard(other.asString()).matcher(value.asString()).matches();
				case NUMERIC -> value.isNumber() && other.isNumber()
						&& operator.holds(value.decimalValue().compareTo(other.decimalValue()));
				case BOOLEAN -> value.isBoolean() && other.isBoolean() && value.asBoolean() == other.asBoolean();
				case TIMESTAMP -> {
					Optional<OffsetDateTime> left = timestamp(value);
					Optional<OffsetDateTime> right = timestamp(other);
					yield left.isPresent() && right.isPresent()
							&& operator.holds(left.get().toInstant().compareTo(right.get().toInstant()));
				}
				case TYPE -> throw new IllegalStateException("Handled above");
			};
		}

		private boolean isOfType(JsonNode value) {
			return switch (operator) {
				case IS_NULL -> value.isNull();
				case IS_NUMERIC -> value.isNumber();
				case IS_STRING -> value.isString();
				case IS_BOOLEAN -> value.isBoolean();
				case IS_TIMESTAMP -> timestamp(value).isPresent();
				default -> throw new IllegalStateException("Not a type test: " + operator);
			};
		}

		private static JsonNode at(JsonNode input, String path) {
			try {
				return JsonPaths.read(input, path);
			}
			catch (JsonPaths.PathMiss miss) {
				throw StateFailure.runtime("Invalid path '" + path
						+ "': The choice state's condition path references an invalid value.");
			}
		}

	}

	/** An RFC 3339 timestamp, as the language defines them (upper-case T and Z, or an offset). */
	static Optional<OffsetDateTime> timestamp(@Nullable JsonNode value) {
		if (value == null || !value.isString() || !value.asString().contains("T")) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(value.asString()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** {@code StringMatches}: {@code *} matches any run of characters; {@code \*} and {@code \\} are literal. */
	static Pattern wildcard(String pattern) {
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\\' && i + 1 < pattern.length()) {
				literal.append(pattern.charAt(++i));
			}
			else if (c == '*') {
				regex.append(Pattern.quote(literal.toString())).append(".*");
				literal.setLength(0);
			}
			else {
				literal.append(c);
			}
		}
		return Pattern.compile(regex.append(Pattern.quote(literal.toString())).toString(), Pattern.DOTALL);
	}

}
