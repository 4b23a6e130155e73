package dev.stratus.workspace;

/**
 * The assistant's answer to a question.
 *
 * @param replayed whether an {@code Idempotency-Key} already named it, so this request asked and stored nothing
 */
public record AnsweredQuestion(AssistantMessage answer, boolean replayed) {
}
