package dev.stratus.workspace.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.TestSchemas;
import dev.stratus.workspace.WorkspaceApiTest;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.GenerationTable;
import dev.stratus.workspace.internal.ProjectItems;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Assistant part of the workspace contract over HTTP, with the local analyser and the local cloud. */
@IntegrationTest
class AssistantApiTests extends WorkspaceApiTest {

	@Autowired
	ActivityLog activityLog;

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	CloudResources resources;

	User owner;

	String project;

	String messages;

	@BeforeEach
	void project() {
		owner = workspace.newUser("asker");
		project = workspace.project(owner);
		messages = "/api/projects/" + project + "/assistant/messages";
	}

	private StratusApi.Response ask(User user, String question) {
		return api.post(messages, Map.of("message", question), user.auth());
	}

	private JsonNode answer(User user, String question) {
		StratusApi.Response asked = ask(user, question);
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		return asked.data();
	}

	@Test
	void answersFromTheProjectsSchemaAndStoresTheQuestionWithItsAnswer() {
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);

		JsonNode answer = answer(owner, "Explain the schema");

		assertThat(answer.path("role").asString()).isEqualTo("assistant");
		assertThat(answer.path("model").asString()).isEqualTo("local-analyser");
		assertThat(answer.path("content").asString()).contains("not an AI model")
			.contains("Schema version 1")
			.contains("Each Customer has many Orders (orders)");
		JsonNode history = api.get(messages, owner.auth()).data();
		assertThat(history.path("count").asInt()).isEqualTo(2);
		JsonNode question = history.path("items").path(0);
		assertThat(question.path("role").asString()).isEqualTo("user");
		assertThat(question.path("content").asString()).isEqualTo("Explain the schema");
		assertThat(question.path("userId").asString()).isEqualTo(owner.id());
		assertThat(history.path("items").path(1).path("id").asString()).isEqualTo(answer.path("id").asString());
		assertThat(history.path("items").path(1).path("content").asString())
			.isEqualTo(answer.path("content").asString());
		List<Activity> entries = activityLog.latestInProject(project, 10)
			.stream()
			.filter(entry -> entry.type().equals("assistant_message"))
			.toList();
		assertThat(entries).singleElement()
			.satisfies(entry -> assertThat(entry.summary()).isEqualTo("Asked the assistant: Explain the schema"));
	}

	@Test
	void readsTheChatOldestFirstPageByPage() {
		for (String question : List.of("help", "what happened lately?", "any problems?")) {
			answer(owner, question);
		}

		List<String> read = new ArrayList<>();
		JsonNode first = api.get(messages + "?limit=4", owner.auth()).data();
		first.path("items").forEach(item -> read.add(item.path("role").asString() + ":" + item.path("content")
			.asString()
			.lines()
			.findFirst()
			.orElseThrow()));
		String nextToken = first.path("nextToken").asString();
		JsonNode second = api.get(messages + "?limit=4&nextToken=" + nextToken, owner.auth()).data();
		second.path("items").forEach(item -> read.add(item.path("role").asString() + ":" + item.path("content")
			.asString()
			.lines()
			.findFirst()
			.orElseThrow()));

		assertThat(first.path("count").asInt()).isEqualTo(4);
		assertThat(second.path("count").asInt()).isEqualTo(2);
		assertThat(second.has("nextToken")).isFalse();
		String label = "assistant:I am Stratus's built-in analyser, not an AI model; I answer from this project's "
				+ "data.";
		assertThat(read).containsExactly("user:help", label, "user:what happened lately?", label, "user:any problems?",
				label);
	}

	@Test
	void startsACodeGenerationWhenAnEditorAsksForOne() {
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);

		String content = answer(owner, "Please generate the code").path("content").asString();

		JsonNode generations = api.get("/api/projects/" + project + "/generations", owner.auth()).data();
		assertThat(generations.path("count").asInt()).isEqualTo(1);
		String id = generations.path("items").path(0).path("id").asString();
		assertThat(content).contains("I requested a code generation of schema version 1: generation " + id
				+ ", status QUEUED");
	}

	@Test
	void answersARetriedQuestionOnceAndStartsOneGeneration() {
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);
		String[] keyed = owner.authWith("Idempotency-Key", "ask-generate-1");

		var first = api.post(messages, Map.of("message", "Please generate the code"), keyed);
		var retry = api.post(messages, Map.of("message", "Please generate the code"), keyed);
		var otherQuestion = api.post(messages, Map.of("message", "Explain the schema"), keyed);

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
		assertThat(retry.status()).as(retry.body()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.data().path("id").asString()).isEqualTo(first.data().path("id").asString());
		assertThat(retry.data().path("content").asString()).isEqualTo(first.data().path("content").asString());
		assertThat(otherQuestion.status()).as(otherQuestion.body()).isEqualTo(409);
		assertThat(api.get(messages, owner.auth()).data().path("count").asInt()).isEqualTo(2);
		assertThat(api.get("/api/projects/" + project + "/generations", owner.auth()).data().path("count").asInt())
			.isEqualTo(1);
	}

	@Test
	void letsAViewerAskButNotStartAGeneration() {
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);
		User viewer = workspace.member(project, owner, "viewer");

		String explained = answer(viewer, "explain the schema").path("content").asString();
		String refused = answer(viewer, "generate code").path("content").asString();

		assertThat(explained).contains("Schema version 1");
		assertThat(refused).contains("I did not start a code generation: This needs the editor role in the project; "
				+ "yours is viewer");
		assertThat(api.get("/api/projects/" + project + "/generations", owner.auth()).data().path("count").asInt())
			.isZero();
		assertThat(api.get(messages, viewer.auth()).data().path("count").asInt()).isEqualTo(4);
	}

	@Test
	void saysWhyItCannotGenerateCodeForAProjectWithoutASchema() {
		assertThat(answer(owner, "generate code").path("content").asString())
			.contains("I did not start a code generation: The project has no schema yet");
	}

	@Test
	void explainsTheLastFailedDeploymentWithItsLastLogLines() {
		Instant now = Instant.now();
		String failed = deployment(now.minusSeconds(60), "FAILED", "The build failed (exit code 1)");
		deployment(now, "STOPPED", "Stopped on request");
		for (int seq = 1; seq <= 25; seq++) {
			Map<String, AttributeValue> line = new HashMap<>(
					ProjectItems.key(project, "LOG#" + failed + "#" + String.format("%010d", seq)));
			line.putAll(Map.of("seq", Attributes.n(seq), "timestamp", Attributes.time(now), "text",
					Attributes.s("output line " + seq)));
			put(line);
		}

		String content = answer(owner, "Why did the deployment fail?").path("content").asString();

		assertThat(content).contains("The last failed deployment is " + failed + " to dev")
			.contains("It failed because: The build failed (exit code 1)")
			.contains("Its last 20 lines of output:\n```\noutput line 6\noutput line 7\n")
			.contains("output line 24\noutput line 25\n```")
			.doesNotContain("output line 5\n");
	}

	/** A deployment item as the deployments job leaves a finished one. */
	private String deployment(Instant at, String status, String reason) {
		String id = GenerationTable.newId(at);
		Map<String, AttributeValue> item = new HashMap<>(ProjectItems.key(project, "DEPLOY#" + id));
		item.putAll(Map.of("id", Attributes.s(id), "projectId", Attributes.s(project), "environment",
				Attributes.s("dev"), "generationId", Attributes.s(GenerationTable.newId(at)), "status",
				Attributes.s(status), "reason", Attributes.s(reason), "requestedBy", Attributes.s(owner.id()),
				"createdAt", Attributes.time(at), "updatedAt", Attributes.time(at)));
		put(item);
		return id;
	}

	private void put(Map<String, AttributeValue> item) {
		dynamo.putItem(b -> b.tableName(resources.tableName(WorkspaceResources.TABLE)).item(item));
	}

	@Test
	void answers404OutsideTheTeam() {
		User outsider = workspace.newUser("outsider");
		answer(owner, "help");

		StratusApi.Response asked = ask(outsider, "help");
		StratusApi.Response read = api.get(messages, outsider.auth());

		assertThat(asked.status()).isEqualTo(404);
		assertThat(asked.errorCode()).isEqualTo("NOT_FOUND");
		assertThat(read.status()).isEqualTo(404);
		assertThat(api.get(messages, owner.auth()).data().path("count").asInt()).isEqualTo(2);
	}

	@Test
	void goesWithTheProjectWhenItIsDeleted() {
		answer(owner, "help");
		String table = resources.tableName(WorkspaceResources.TABLE);
		assertThat(chatItems(table)).isEqualTo(2);

		assertThat(api.delete("/api/projects/" + project, owner.auth()).status()).isEqualTo(200);

		assertThat(api.get(messages, owner.auth()).status()).isEqualTo(404);
		Awaitility.await("assistant chat of " + project + " deleted")
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> chatItems(table) == 0);
	}

	private int chatItems(String table) {
		return dynamo
			.query(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :assist)")
				.expressionAttributeValues(
						Map.of(":project", Attributes.s(ProjectItems.partition(project)), ":assist",
								Attributes.s("ASSIST#")))
				.consistentRead(true))
			.count();
	}

}
