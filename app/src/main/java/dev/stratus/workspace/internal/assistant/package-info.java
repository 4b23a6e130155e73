/**
 * The project assistant's insides: its chat table, the {@link dev.stratus.workspace.internal.assistant.Grounding}
 * read from the project's partition, and the {@link dev.stratus.workspace.internal.assistant.AssistantModel}s that
 * answer from it (the rule-based {@code LocalAnalyser} locally, Bedrock's Converse API on AWS).
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.workspace.internal.assistant;
