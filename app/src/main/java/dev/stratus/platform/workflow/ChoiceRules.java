package dev.stratus.platform.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Choice state's rules: a comparison ({@code Variable} and one operator with an operand of
 * the operator's type, or a path for a {@code …Path} variant) or {@code And}/{@code Or}/{@code Not}
 * of nested rules. Only top-level rules have {@code Next}.
 */
final class ChoiceRules {

	private static final Set<String> STRUCTURE = Set.of("Variable", "Next", "Comment", "And", "Or", "Not");

	private final Problems problems;

	ChoiceRules(Problems problems) {
		this.problems = problems;
	}

	@Nullable
	ChoiceRule rule(JsonNode rule, String at, boolean topLevel) {
		if (!rule.isObject()) {
			problems.add(at, "must be an object");
			return null;
		}
		if (!topLevel && rule.has("Next")) {
			problems.add(at + ".Next", "only a top-level rule has Next");
		}
		if (rule.has("And") || rule.has("Or")) {
			String field = rule.has("And") ? "And" : "Or";
			List<ChoiceRule> nested = nested(rule.get(field), at + "." + field);
			only(rule, at, field);
			return field.equals("And") ? new ChoiceRule.And(nested) : new ChoiceRule.Or(nested);
		}
		if (rule.has("Not")) {
			only(rule, at, "Not");
			ChoiceRule negated = rule(rule.get("Not"), at + ".Not", false);
			return negated == null ? null : new ChoiceRule.Not(negated);
		}
		return comparison(rule, at);
	}

	private List<ChoiceRule> nested(JsonNode rules, String at) {
		List<ChoiceRule> nested = new ArrayList<>();
		if (!rules.isArray() || rules.isEmpty()) {
			problems.add(at, "must be a non-empty array of rules");
			return nested;
		}
		for (int i = 0; i < rules.size(); i++) {
			ChoiceRule rule = rule(rules.get(i), at + "[" + i + "]", false);
			if (rule != null) {
				nested.add(rule);
			}
		}
		return nested;
	}

	/** A boolean rule has nothing beside its operator but Next and Comment. */
	private void only(JsonNode rule, String at, String operator) {
		rule.propertyNames().forEach(field -> {
			if (!field.equals(operator) && !field.equals("Next") && !field.equals("Comment")) {
				problems.add(Problems.child(at, field), "does not belong beside " + operator);
			}
		});
	}

	private @Nullable ChoiceRule comparison(JsonNode rule, String at) {
		String variable = problems.string(rule, at, "Variable", true);
		if (variable != null) {
			problems.checkPath(at + ".Variable", variable, false);
		}
		List<String> operators = new ArrayList<>();
		rule.propertyNames().forEach(field -> {
			if (!STRUCTURE.contains(field)) {
				operators.add(field);
			}
		});
		if (operators.size() != 1) {
			problems.add(at, "needs exactly one comparison operator (or And, Or, Not), not " + operators);
			return null;
		}
		String field = operators.get(0);
		Optional<ChoiceOperator.Named> named = ChoiceOperator.named(field);
		if (named.isEmpty()) {
			problems.add(Problems.child(at, field), "is not a comparison operator");
			return null;
		}
		ChoiceOperator operator = named.get().operator();
		boolean byPath = named.get().byPath();
		JsonNode operand = rule.get(field);
		String operandAt = Problems.child(at, field);
		if (byPath) {
			if (operand.isString()) {
				problems.checkPath(operandAt, operand.asString(), false);
			}
			else {
				problems.add(operandAt, "must be a path");
			}
		}
		else if (!operandFits(operator, operand)) {
			problems.add(operandAt, "must be " + expected(operator.family()));
		}
		return variable == null ? null : new ChoiceRule.Comparison(variable, operator, byPath, operand);
	}

	private static boolean operandFits(ChoiceOperator operator, JsonNode operand) {
		return switch (operator.family()) {
			case STRING, MATCHES -> operand.isString();
			case NUMERIC -> operand.isNumber();
			case BOOLEAN, TYPE -> operand.isBoolean();
			case TIMESTAMP -> ChoiceRule.timestamp(operand).isPresent();
		};
	}

	private static String expected(ChoiceOperator.Family family) {
		return switch (family) {
			case STRING, MATCHES -> "a string";
			case NUMERIC -> "a number";
			case BOOLEAN, TYPE -> "true or false";
			case TIMESTAMP -> "an RFC 3339 timestamp";
		};
	}

}
