package dev.stratus.workspace.internal.assistant;

import dev.stratus.workspace.AssistantMessage;

/** One message of the conversation so far, as a model is given it. */
public record Turn(AssistantMessage.Role role, String content) {

	public static Turn of(AssistantMessage message) {
		return new Turn(message.role(), message.content());
	}

}
