package dev.stratus.workspace.internal.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.stratus.platform.errors.Unavailable;
import dev.stratus.workspace.AssistantMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;

/**
 * The assistant on AWS: a Bedrock model through the Converse API, given the project's grounding as its system
 * prompt and the chat so far as its messages. Bedrock's refusals become {@link Unavailable} (503) with a message
 * a member can act on; what Bedrock said goes to the log only.
 */
class BedrockAssistantModel implements AssistantModel {

	/** Long enough for a few paragraphs and a log excerpt; the answer is stored, so it stays bounded. */
	static final int MAX_TOKENS = 1024;

	private static final float TEMPERATURE = 0.2f;

	private static final Logger log = LoggerFactory.getLogger(BedrockAssistantModel.class);

	private final BedrockRuntimeClient bedrock;

	private final String modelId;

	private final SystemPrompt prompt;

	BedrockAssistantModel(BedrockRuntimeClient bedrock, String modelId, SystemPrompt prompt) {
		this.bedrock = bedrock;
		this.modelId = modelId;
		this.prompt = prompt;
	}

	@Override
	public Reply answer(Grounding context, List<Turn> history, String question) {
		ConverseResponse response;
		try {
			response = bedrock.converse(b -> b.modelId(modelId)
				.system(SystemContentBlock.fromText(prompt.of(context)))
				.messages(messages(history, question))
				.inferenceConfig(config -> config.maxTokens(MAX_TOKENS).temperature(TEMPERATURE)));
		}
		catch (ThrottlingException ex) {
			throw refused(ex, "The assistant's model is busy (Amazon Bedrock is throttling requests); try again in a "
					+ "minute");
		}
		catch (ModelTimeoutException | ServiceUnavailableException ex) {
			throw refused(ex, "The assistant's model did not answer in time; try again shortly");
		}
		catch (SdkException ex) {
			throw refused(ex, "The assistant's model cannot be reached; try again later");
		}
		String text = text(response);
		log.atInfo()
			.addKeyValue("model", modelId)
			.addKeyValue("stopReason", response.stopReasonAsString())
			.addKeyValue("inputTokens", response.usage() == null ? null : response.usage().inputTokens())
			.addKeyValue("outputTokens", response.usage() == null ? null : response.usage().outputTokens())
			.log("Bedrock answered");
		if (text.isBlank()) {
			throw new Unavailable("The assistant's model gave an empty answer; try again or rephrase the question");
		}
		return new Reply(text, modelId);
	}

	/**
	 * The chat so far, then the question. Converse wants the turns to alternate starting with the member's, so an
	 * unanswered question's leftovers are merged into one turn and a leading answer is dropped.
	 */
	static List<Message> messages(List<Turn> history, String question) {
		List<Turn> turns = new ArrayList<>(history);
		turns.add(new Turn(AssistantMessage.Role.USER, question));
		List<Message> messages = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		AssistantMessage.@Nullable Role role = null; // none yet: a leading answer is skipped
		for (Turn turn : turns) {
			if (role == null && turn.role() == AssistantMessage.Role.ASSISTANT) {
				continue;
			}
			if (role != null && role != turn.role()) {
				messages.add(message(role, texts));
				texts.clear();
			}
			role = turn.role();
			texts.add(turn.content());
		}
		// The last group is the member's: it ends with the question.
		messages.add(message(AssistantMessage.Role.USER, texts));
		return messages;
	}

	private static Message message(AssistantMessage.Role role, List<String> texts) {
		return Message.builder()
			.role(role == AssistantMessage.Role.USER ? ConversationRole.USER : ConversationRole.ASSISTANT)
			.content(ContentBlock.fromText(String.join("\n\n", texts)))
			.build();
	}

	private static String text(ConverseResponse response) {
		if (response.output() == null || response.output().message() == null) {
			return "";
		}
		return response.output()
			.message()
			.content()
			.stream()
			.map(ContentBlock::text)
			.filter(text -> text != null)
			.collect(Collectors.joining("\n\n"))
			.strip();
	}

	private Unavailable refused(SdkException ex, String message) {
		log.atWarn()
			.addKeyValue("model", modelId)
			.addKeyValue("error", ex.getClass().getSimpleName())
			.addKeyValue("detail", ex.getMessage())
			.log("Bedrock refused the assistant's question");
		return new Unavailable(message);
	}

}
