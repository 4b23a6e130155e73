package dev.stratus.workspace.internal.assistant;

/**
 * A model's answer.
 *
 * @param model what answered: {@code local-analyser}, or the Bedrock model's id
 */
public record Reply(String content, String model) {
}
