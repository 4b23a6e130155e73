package dev.stratus.workspace.internal.assistant;

import java.util.List;

/**
 * What answers a project's assistant questions: locally Stratus's own {@link LocalAnalyser}, on AWS a Bedrock
 * model ({@link BedrockAssistantModel}). Both are given the same grounding, the project's own data; neither
 * changes anything (a code generation the question asked for has been requested before, and the grounding
 * says how that went).
 */
public interface AssistantModel {

	/**
	 * @param history the chat's latest messages, oldest first, without {@code question}
	 * @throws dev.stratus.platform.errors.Unavailable when the model cannot answer now
	 */
	Reply answer(Grounding context, List<Turn> history, String question);

}
