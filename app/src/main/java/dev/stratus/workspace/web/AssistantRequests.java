package dev.stratus.workspace.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/projects/{id}/assistant/messages}. */
final class AssistantRequests {

	private AssistantRequests() {
	}

	/** A question to the project's assistant, stripped before its length is checked (so blank is empty). */
	record AssistantQuestion(@NotNull @Size(min = 1, max = 4000) String message) {

		AssistantQuestion {
			message = message == null ? null : message.strip();
		}

	}

}
