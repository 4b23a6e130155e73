package dev.stratus.platform.errors;

/** One broken rule of a {@code VALIDATION_ERROR}: which field, and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
