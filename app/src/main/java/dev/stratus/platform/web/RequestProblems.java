package dev.stratus.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The broken fields of a request as the contract lists them in a {@code VALIDATION_ERROR}: every one,
 * sorted by field. A controller that checks more than its body (a header, say) takes the body's
 * {@link BindingResult} right after the {@code @Valid @RequestBody}, {@linkplain #reject adds} its own
 * problems to it and calls {@link #throwIfAny}.
 */
public final class RequestProblems {

	/** Spring's code for a value of the wrong type; such a problem is the only one named for its field. */
	static final String WRONG_TYPE = "typeMismatch";

	private static final String BROKEN_RULE = "invalid";

	private RequestProblems() {
	}

	/** Adds a problem under {@code field}, which need not be a property of the body (a header's name). */
	public static void reject(BindingResult problems, String field, String message) {
		reject(problems, field, BROKEN_RULE, message);
	}

	static void reject(BindingResult problems, String field, String code, String message) {
		problems.addError(new FieldError(problems.getObjectName(), field, null, false, new String[] { code }, null,
				message));
	}

	/** @throws InvalidInput listing every problem, when there are any */
	public static void throwIfAny(BindingResult problems) {
		if (problems.hasErrors()) {
			throw new InvalidInput(of(problems));
		}
	}

	/**
	 * Every problem, sorted by field. A field of the wrong type is named once, for its type: what Bean
	 * Validation says of the {@code null} the reader left in its place is beside the point.
	 */
	static List<FieldProblem> of(BindingResult problems) {
		Set<String> wrongTypes = problems.getFieldErrors()
			.stream()
			.filter(error -> WRONG_TYPE.equals(error.getCode()))
			.map(FieldError::getField)
			.collect(Collectors.toSet());
		Stream<FieldProblem> fields = problems.getFieldErrors()
			.stream()
			.filter(error -> WRONG_TYPE.equals(error.getCode()) || !wrongTypes.contains(error.getField()))
			.map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())));
		Stream<FieldProblem> body = problems.getGlobalErrors()
			.stream()
			.map(error -> new FieldProblem("body", String.valueOf(error.getDefaultMessage())));
		return Stream.concat(fields, body).sorted(Comparator.comparing(FieldProblem::field)).toList();
	}

}
