package dev.stratus.workspace;

/**
 * The answer to a generation request.
 *
 * @param replayed whether an {@code Idempotency-Key} already named it, so this request queued nothing
 */
public record StartedGeneration(Generation generation, boolean replayed) {
}
