package dev.stratus.inventory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Checks list parameters together, so one 400 names every broken one. */
final class QueryParams {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	private final List<FieldProblem> problems = new ArrayList<>();

	int limit(@Nullable Integer limit) {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
			return DEFAULT_LIMIT;
		}
		return limit;
	}

	/** A value that must parse when present. */
	<T> @Nullable T parsed(String name, @Nullable String value, Optional<T> parsed, String rule) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (parsed.isEmpty()) {
			problems.add(new FieldProblem(name, rule));
		}
		return parsed.orElse(null);
	}

	@Nullable String text(String name, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(name, "must be at most " + max + " characters"));
		}
		return value;
	}

	/** @throws InvalidInput listing every broken parameter */
	void check() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

}
