package dev.stratus.workspace;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One message of a project's assistant chat: a member's question, or the assistant's answer to it.
 *
 * @param model what answered ({@code local-analyser}, or the Bedrock model's id); null on a member's question
 * @param userId the member who asked (on an answer too: the one it answered)
 */
public record AssistantMessage(String id, Role role, String content, Instant createdAt, @Nullable String model,
		String userId) {

	/** Who wrote a message. */
	public enum Role {

		USER, ASSISTANT;

		/** {@code user}, as the API writes it. */
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
