package dev.stratus.workspace.web;

import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.AssistantMessage;
import org.jspecify.annotations.Nullable;

/** The assistant routes' answers, shaped as docs/API.md "Workspace: Assistant" lists them. */
final class AssistantResponses {

	private AssistantResponses() {
	}

	/**
	 * A message of the chat: {@code model} on the assistant's answers only, {@code userId} (who asked) on the
	 * members' questions only.
	 */
	record AssistantMessageResponse(String id, String role, String content, String createdAt, @Nullable String model,
			@Nullable String userId) {

		static AssistantMessageResponse of(AssistantMessage message) {
			boolean question = message.role() == AssistantMessage.Role.USER;
			return new AssistantMessageResponse(message.id(), message.role().wire(), message.content(),
					Timestamps.format(message.createdAt()), question ? null : message.model(),
					question ? message.userId() : null);
		}

	}

}
