package dev.stratus.platform.workflow;

/** STUB. */
public record ExecutionError(String code, String cause) {
}
