package dev.stratus.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request's query parameters together, so one 400 names every broken one (sorted by name, as
 * {@link RequestProblems} lists a body's):
 *
 * <pre>
 * QueryParams params = new QueryParams();
 * int size = params.limit(limit);
 * String search = params.text("search", search, 200);
 * params.check();
 * </pre>
 */
public final class QueryParams {

	public static final int DEFAULT_LIMIT = 20;

	public static final int MAX_LIMIT = 100;

	private final List<FieldProblem> problems = new ArrayList<>();

	/** The contract's page size: 20 when absent, else 1 to 100. */
	public int limit(@Nullable Integer limit) {
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
	public <T> @Nullable T parsed(String name, @Nullable String value, Optional<T> parsed, String rule) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (parsed.isEmpty()) {
			problems.add(new FieldProblem(name, rule));
		}
		return parsed.orElse(null);
	}

	public @Nullable String text(String name, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(name, "must be at most " + max + " characters"));
		}
		return value;
	}

	/** Notes a rule the caller checked itself. */
	public void problem(String name, String message) {
		problems.add(new FieldProblem(name, message));
	}

	/** @throws InvalidInput listing every broken parameter */
	public void check() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
		}
	}

	/** An optional parameter sent empty ({@code ?nextToken=}) counts as not sent. */
	public static @Nullable String present(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
