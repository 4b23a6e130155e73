package dev.stratus.platform.workflow;

/**
 * An error as the States Language names it.
 * @param code the error name, as in {@code States.Timeout} or a task's own {@code DUPLICATE_ENTRY}
 * @param cause a human-readable explanation
 */
public record ExecutionError(String code, String cause) {
}
