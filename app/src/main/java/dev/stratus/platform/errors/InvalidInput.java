package dev.stratus.platform.errors;

import java.util.List;

/** Input breaks a rule: every broken field, with what is wrong with it. */
public final class InvalidInput extends DomainException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super("Request has invalid fields");
		this.problems = List.copyOf(problems);
	}

	public InvalidInput(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
