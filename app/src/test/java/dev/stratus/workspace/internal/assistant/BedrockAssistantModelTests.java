package dev.stratus.workspace.internal.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.workspace.AssistantMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.stratus.workspace.internal.assistant.Fixtures.CLEAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Bedrock adapter against Converse answers (fixtures under {@code bedrock/}) served to the SDK by a local
 * HTTP server: what it sends, and what it makes of a text reply, a throttling refusal and an empty reply.
 */
class BedrockAssistantModelTests {

	private static final String MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> paths = new ArrayList<>();

	private final List<JsonNode> bodies = new ArrayList<>();

	private HttpServer server;

	private BedrockRuntimeClient bedrock;

	private BedrockAssistantModel model;

	/** What the server answers: a status, the error type header when it is a refusal, and a fixture. */
	private int status = 200;

	private String errorType;

	private String fixture;

	@BeforeEach
	void setUp() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::answer);
		server.start();
		bedrock = BedrockRuntimeClient.builder()
			.endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
		model = new BedrockAssistantModel(bedrock, MODEL_ID, new SystemPrompt(JSON));
	}

	@AfterEach
	void tearDown() {
		bedrock.close();
		server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		paths.add(URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8));
		bodies.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
		byte[] body = fixture(fixture);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		if (errorType != null) {
			exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
		}
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private static byte[] fixture(String file) {
		try (InputStream in = BedrockAssistantModelTests.class.getResourceAsStream("bedrock/" + file)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void answersWithTheModelsTextGroundedInTheProjectAndTheChatSoFar() {
		fixture = "converse-text.json";
		List<Turn> history = List.of(new Turn(AssistantMessage.Role.USER, "hello"),
				new Turn(AssistantMessage.Role.ASSISTANT, "Hello! Ask me about Corner Shop."));

		Reply reply = model.answer(Fixtures.grounding(CLEAN), history, "Explain the schema");

		assertThat(reply.model()).isEqualTo(MODEL_ID);
		assertThat(reply.content()).isEqualTo("Your schema has two entities, Customer and Order.\n\n"
				+ "Each Customer has many Orders through `orders`.");
		assertThat(paths).containsExactly("/model/" + MODEL_ID + "/converse");
		JsonNode sent = bodies.get(0);
		String system = sent.path("system").path(0).path("text").asString();
		assertThat(system).startsWith(SystemPrompt.INSTRUCTIONS);
		JsonNode document = JSON.readTree(system.substring(SystemPrompt.INSTRUCTIONS.length()));
		assertThat(document.path("project").path("name").asString()).isEqualTo("Corner Shop");
		assertThat(document.path("project").path("yourRole").asString()).isEqualTo("owner");
		assertThat(document.path("schema").path("version").asLong()).isEqualTo(3);
		assertThat(document.path("schema").path("entities").path(0).path("name").asString()).isEqualTo("Customer");
		assertThat(sent.path("messages")).hasSize(3);
		assertThat(sent.path("messages").path(0).path("role").asString()).isEqualTo("user");
		assertThat(sent.path("messages").path(1).path("content").path(0).path("text").asString())
			.isEqualTo("Hello! Ask me about Corner Shop.");
		assertThat(sent.path("messages").path(2).path("content").path(0).path("text").asString())
			.isEqualTo("Explain the schema");
		assertThat(sent.path("inferenceConfig").path("maxTokens").asInt())
			.isEqualTo(BedrockAssistantModel.MAX_TOKENS);
	}

	@Test
	void answersAThrottlingRefusalWithUnavailableAndAClearMessage() {
		status = 429;
		errorType = "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/";
		fixture = "throttling.json";

		assertThatThrownBy(() -> model.answer(Fixtures.grounding(CLEAN), List.of(), "Explain the schema"))
			.isInstanceOf(Unavailable.class)
			.hasMessage("The assistant's model is busy (Amazon Bedrock is throttling requests); try again in a "
					+ "minute");
	}

	@Test
	void answersAModelTimeoutWithUnavailable() {
		status = 408;
		errorType = "ModelTimeoutException";
		fixture = "model-timeout.json";

		assertThatThrownBy(() -> model.answer(Fixtures.grounding(CLEAN), List.of(), "Explain the schema"))
			.isInstanceOf(Unavailable.class)
			.hasMessage("The assistant's model did not answer in time; try again shortly");
	}

	@Test
	void usesTheDefaultModelWhenNoneIsSet() {
		fixture = "converse-text.json";
		AssistantModel unset = new BedrockConfiguration().bedrockAssistantModel(bedrock, JSON, "");

		Reply reply = unset.answer(Fixtures.grounding(CLEAN), List.of(), "Explain the schema");

		assertThat(reply.model()).isEqualTo(BedrockConfiguration.DEFAULT_MODEL_ID);
		assertThat(paths).containsExactly("/model/" + BedrockConfiguration.DEFAULT_MODEL_ID + "/converse");
	}

	@Test
	void refusesAnEmptyReplyRatherThanStoreIt() {
		fixture = "converse-empty.json";

		assertThatThrownBy(() -> model.answer(Fixtures.grounding(CLEAN), List.of(), "Explain the schema"))
			.isInstanceOf(Unavailable.class)
			.hasMessageContaining("empty answer");
	}

	@Test
	void sendsTurnsThatAlternateStartingWithTheMembers() {
		List<Message> messages = BedrockAssistantModel.messages(List.of(
				new Turn(AssistantMessage.Role.ASSISTANT, "left over"), new Turn(AssistantMessage.Role.USER, "one"),
				new Turn(AssistantMessage.Role.ASSISTANT, "answer"), new Turn(AssistantMessage.Role.USER, "two")),
				"three");

		assertThat(messages).extracting(Message::role)
			.containsExactly(ConversationRole.USER, ConversationRole.ASSISTANT, ConversationRole.USER);
		assertThat(messages.get(2).content().get(0).text()).isEqualTo("two\n\nthree");
	}

}
