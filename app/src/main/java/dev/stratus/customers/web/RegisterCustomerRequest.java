package dev.stratus.customers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stratus.customers.CustomerDraft;
import dev.stratus.platform.errors.FieldProblem;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/customers}: its shape only. Whether the id and email are valid, and
 * the id free, is the workflow's to decide, so that every rejection is an execution with its reason.
 */
record RegisterCustomerRequest(@NotNull @Size(min = 1, max = 256) String id, @Nullable @Size(max = 200) String name,
		@Nullable @Size(max = 254) String email,
		@Nullable @Size(max = 20, message = "must have at most 20 entries") Map<String, @Nullable String> attributes) {

	static final int MAX_ATTRIBUTE_NAME = 64;

	static final int MAX_ATTRIBUTE_VALUE = 256;

	/** What Bean Validation cannot say about the entries of {@code attributes}. */
	List<FieldProblem> attributeProblems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (attributes == null) {
			return problems;
		}
		attributes.forEach((name, value) -> {
			if (name.isEmpty() || name.length() > MAX_ATTRIBUTE_NAME) {
				problems.add(new FieldProblem("attributes",
						"names must be 1 to " + MAX_ATTRIBUTE_NAME + " characters"));
			}
			if (value == null || value.length() > MAX_ATTRIBUTE_VALUE) {
				problems.add(new FieldProblem("attributes." + name,
						"must be a string of at most " + MAX_ATTRIBUTE_VALUE + " characters"));
			}
		});
		return problems;
	}

	CustomerDraft draft() {
		Map<String, String> entries = new java.util.TreeMap<>();
		if (attributes != null) {
			attributes.forEach((name, value) -> entries.put(name, java.util.Objects.requireNonNull(value)));
		}
		return new CustomerDraft(id, name, email, entries);
	}

}
