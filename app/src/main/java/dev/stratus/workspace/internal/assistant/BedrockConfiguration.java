package dev.stratus.workspace.internal.assistant;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * AWS mode: the assistant answers through Amazon Bedrock. The model is {@code STRATUS_ASSISTANT_MODEL_ID}
 * ({@link #DEFAULT_MODEL_ID} when unset), in {@code STRATUS_ASSISTANT_REGION} (the app's region when unset:
 * Bedrock offers each model in some regions only); credentials are the default chain's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class BedrockConfiguration {

	/** Claude 3 Haiku: answers in a few seconds, and is offered on demand in most Bedrock regions. */
	static final String DEFAULT_MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0";

	/** A member waits for the answer; past this the request fails with a 503 rather than hang. */
	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

	@Bean(destroyMethod = "close")
	BedrockRuntimeClient bedrockRuntimeClient(
			@Value("${stratus.assistant.region:${STRATUS_ASSISTANT_REGION:}}") String region) {
		BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
			.overrideConfiguration(config -> config.apiCallTimeout(CALL_TIMEOUT));
		if (!region.isBlank()) {
			builder.region(Region.of(region));
		}
		return builder.build();
	}

	@Bean
	AssistantModel bedrockAssistantModel(BedrockRuntimeClient bedrock, JsonMapper json,
			@Value("${stratus.assistant.model-id:${STRATUS_ASSISTANT_MODEL_ID:}}") String modelId) {
		return new BedrockAssistantModel(bedrock, modelId.isBlank() ? DEFAULT_MODEL_ID : modelId,
				new SystemPrompt(json));
	}

}
