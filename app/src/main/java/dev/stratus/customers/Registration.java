package dev.stratus.customers;

/**
 * A registration accepted: its workflow execution runs (and is readable) from now on.
 *
 * @param replayed whether this answers a retry with the same {@code Idempotency-Key}
 */
public record Registration(String executionId, boolean replayed) {
}
