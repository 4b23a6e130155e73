package dev.stratus.platform.workflow;

import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An error as the States Language names it.
 * @param code the error name, as in {@code States.Timeout} or a task's own {@code DUPLICATE_ENTRY}
 * @param cause a human-readable explanation
 */
public record ExecutionError(String code, String cause) {

	/**
	 * The explanation a Step Functions {@code Cause} holds. A Lambda task's is the runtime's error document,
	 * {@code {"errorMessage","errorType","stackTrace"}}, whose message is for people and whose stack trace never is
	 * (nothing Stratus answers or stores carries one); any other cause is its own text.
	 */
	public static String causeText(String cause) {
		if (!cause.startsWith("{")) {
			return cause;
		}
		try {
			JsonNode message = JsonPaths.JSON.readTree(cause).path("errorMessage");
			return message.isString() ? message.asString() : cause;
		}
		catch (JacksonException notJson) {
			return cause;
		}
	}

	/**
	 * The document with every error output in it ({@code {"Error","Cause"}}, as a {@code Catch} passes it on) reduced
	 * to its {@link #causeText}: what a caught Lambda failure carries into the next state's input.
	 */
	static JsonNode withCauseTexts(JsonNode document) {
		if (document instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
				JsonNode value = field.getValue();
				if ("Cause".equals(field.getKey()) && value.isString()) {
					object.put("Cause", causeText(value.asString()));
				}
				else {
					withCauseTexts(value);
				}
			}
		}
		else if (document.isArray()) {
			document.forEach(ExecutionError::withCauseTexts);
		}
		return document;
	}

}
