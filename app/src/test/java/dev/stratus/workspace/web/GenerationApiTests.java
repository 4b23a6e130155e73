package dev.stratus.workspace.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.mail.MailboxReader;
import dev.stratus.workspace.TestSchemas;
import dev.stratus.workspace.WorkspaceFixture;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.GenerationRef;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Code generation part of the workspace contract over HTTP, with the real job and the local cloud. */
@IntegrationTest
class GenerationApiTests {

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LocalCloudConnection cloud;

	@Autowired
	JobPipeline<GenerationRef> job;

	WorkspaceFixture workspace;

	@BeforeEach
	void fixture() {
		workspace = new WorkspaceFixture(api, testUsers, cloud);
	}

	@Test
	void generatesTheProjectFromItsCurrentSchemaAndServesTheArchive() throws Exception {
		User owner = workspace.newUser("generator");
		String project = workspace.project(owner, "Corner Shop").path("id").asString();
		TestSchemas.save(api, owner, project,
				"{\"entities\": [{\"name\": \"Draft\", \"fields\": [{\"name\": \"title\", \"type\": \"string\"}]}]}");
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);

		var started = api.post("/api/projects/" + project + "/generations", "", owner.auth());

		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.data().path("status").asString()).isEqualTo("QUEUED");
		assertThat(started.header("Idempotent-Replayed")).isEqualTo("false");
		String id = started.data().path("id").asString();
		JsonNode ready = awaitFinished(id, owner);
		assertThat(ready.path("status").asString()).as(ready.toString()).isEqualTo("READY");
		assertThat(ready.path("projectId").asString()).isEqualTo(project);
		assertThat(ready.path("schemaVersion").asLong()).isEqualTo(2);
		List<String> files = texts(ready.path("files"));
		assertThat(files).contains("pom.xml", "README.md")
			.anyMatch(file -> file.endsWith("/customer/CustomerController.java"))
			.anyMatch(file -> file.endsWith("/order/OrderControllerTests.java"));
		assertThat(ready.has("error")).isFalse();
		assertThat(Instant.parse(ready.path("completedAt").asString()))
			.isAfterOrEqualTo(Instant.parse(ready.path("createdAt").asString()));

		var link = api.get("/api/generations/" + id + "/download-url", owner.auth());
		assertThat(link.status()).as(link.body()).isEqualTo(200);
		assertThat(Instant.parse(link.data().path("expiresAt").asString())).isAfter(Instant.now());
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link.data().path("url").asString())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"corner-shop.zip\"");
		assertThat(download.body()).hasSize(ready.path("sizeBytes").asInt());
		assertThat(entries(download.body())).containsExactlyElementsOf(files);

		MailboxReader mailbox = new MailboxReader(cloud);
		var mails = Awaitility.await("ready email")
			.atMost(DEADLINE)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> mailbox.withSubject(owner.email(), "Your code for Corner Shop is ready"),
					found -> !found.isEmpty());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).body()).contains("/projects/" + project + "/generations");
	}

	@Test
	void listsTheProjectsGenerationsNewestFirst() {
		User owner = workspace.newUser("lister");
		String project = workspace.project(owner);
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(start(project, owner));
		}

		var first = api.get("/api/projects/" + project + "/generations?limit=2", owner.auth());

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(idsOf(first.data())).containsExactly(ids.get(2), ids.get(1));
		var second = api.get("/api/projects/" + project + "/generations?limit=2&nextToken="
				+ first.data().path("nextToken").asString(), owner.auth());
		assertThat(idsOf(second.data())).containsExactly(ids.get(0));
		assertThat(second.data().has("nextToken")).isFalse();
		ids.forEach(id -> awaitFinished(id, owner));
		assertThat(api.get("/api/dashboard", owner.auth()).data().path("generations").asLong()).isEqualTo(3);
	}

	@Test
	void refusesAProjectWithoutASchema() {
		User owner = workspace.newUser("early");
		String project = workspace.project(owner);

		var refused = api.post("/api/projects/" + project + "/generations", "", owner.auth());

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.errorCode()).isEqualTo("CONFLICT");
		assertThat(refused.tree().path("error").path("message").asString()).contains("no schema");
		assertThat(api.get("/api/projects/" + project + "/generations", owner.auth()).data().path("count").asInt())
			.isZero();
	}

	@Test
	void refusesAStackThatIsNotOffered() {
		User owner = workspace.newUser("noder");
		String project = api.post("/api/projects", Map.of("name", "Node shop", "stack", "node-express", "visibility",
				"team"), owner.auth()).data().path("id").asString();

		var refused = api.post("/api/projects/" + project + "/generations", "", owner.auth());

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.tree().path("error").path("message").asString())
			.isEqualTo("Code generation is not offered for node-express projects yet; it is for spring-boot");
	}

	@Test
	void refusesASchemaThatNoLongerFitsTheStack() {
		User owner = workspace.newUser("reserved");
		String project = api.post("/api/projects", Map.of("name", "Switcher", "stack", "node-express", "visibility",
				"team"), owner.auth()).data().path("id").asString();
		// Fine in JavaScript, a keyword in Java: the stack changed after the schema was saved.
		TestSchemas.save(api, owner, project, "{\"entities\": [{\"name\": \"Customer\", \"fields\": [{\"name\":"
				+ " \"synchronized\", \"type\": \"string\"}]}]}");
		assertThat(api.put("/api/projects/" + project, Map.of("stack", "spring-boot"), owner.auth()).status())
			.isEqualTo(200);

		var refused = api.post("/api/projects/" + project + "/generations", "", owner.auth());

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.tree().path("error").path("message").asString())
			.startsWith("Schema version 1 does not fit the spring-boot stack: entities[0].fields[0].name");
	}

	@Test
	void letsViewersReadButNotRequestAndHidesGenerationsFromOutsiders() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);
		User viewer = workspace.member(project, owner, "viewer");
		User outsider = workspace.newUser("outsider");
		String theirs = workspace.project(outsider);
		String id = start(project, owner);
		awaitFinished(id, owner);

		assertThat(api.post("/api/projects/" + project + "/generations", "", viewer.auth()).status()).isEqualTo(403);
		assertThat(api.get("/api/generations/" + id, viewer.auth()).status()).isEqualTo(200);
		assertThat(api.get("/api/generations/" + id + "/download-url", viewer.auth()).status()).isEqualTo(200);
		assertThat(api.get("/api/projects/" + project + "/generations", viewer.auth()).status()).isEqualTo(200);

		for (String path : List.of("/api/generations/" + id, "/api/generations/" + id + "/download-url",
				"/api/projects/" + project + "/generations", "/api/generations/not-an-id",
				"/api/generations/00000000-0000-7000-8000-000000000000")) {
			var hidden = api.get(path, outsider.auth());
			assertThat(hidden.status()).as(path).isEqualTo(404);
			assertThat(hidden.errorCode()).isEqualTo("NOT_FOUND");
		}
		assertThat(api.post("/api/projects/" + project + "/generations", "", outsider.auth()).status())
			.isEqualTo(404);
		assertThat(api.get("/api/projects/" + theirs + "/generations", owner.auth()).status()).isEqualTo(404);
		assertThat(api.get("/api/generations/" + id).status()).isEqualTo(401);
	}

	@Test
	void answersConflictForTheArchiveUntilTheGenerationIsReady() {
		User owner = workspace.newUser("impatient");
		String project = workspace.project(owner);
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);
		String id;
		job.worker().stop();
		try {
			id = start(project, owner);

			var early = api.get("/api/generations/" + id + "/download-url", owner.auth());

			assertThat(early.status()).as(early.body()).isEqualTo(409);
			assertThat(early.errorCode()).isEqualTo("CONFLICT");
			var queued = api.get("/api/generations/" + id, owner.auth()).data();
			assertThat(queued.path("status").asString()).isEqualTo("QUEUED");
			assertThat(queued.path("files").isEmpty()).isTrue();
			assertThat(queued.has("sizeBytes")).isFalse();
			assertThat(queued.has("completedAt")).isFalse();
		}
		finally {
			job.worker().start();
		}
		assertThat(awaitFinished(id, owner).path("status").asString()).isEqualTo("READY");
		assertThat(api.get("/api/generations/" + id + "/download-url", owner.auth()).status()).isEqualTo(200);
	}

	@Test
	void answersARepeatedIdempotencyKeyWithTheFirstGeneration() {
		User owner = workspace.newUser("retrier");
		String project = workspace.project(owner);
		String other = workspace.project(owner);
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);
		TestSchemas.save(api, owner, other, TestSchemas.SHOP);
		String[] headers = owner.authWith("Idempotency-Key", "gen-retry-1");

		var first = api.post("/api/projects/" + project + "/generations", "", headers);
		var again = api.post("/api/projects/" + project + "/generations", "", headers);

		assertThat(first.status()).as(first.body()).isEqualTo(202);
		assertThat(again.status()).as(again.body()).isEqualTo(202);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.data().path("id").asString()).isEqualTo(first.data().path("id").asString());
		assertThat(api.get("/api/projects/" + project + "/generations", owner.auth()).data().path("count").asInt())
			.isEqualTo(1);
		var elsewhere = api.post("/api/projects/" + other + "/generations", "", headers);
		assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(409);
		var malformed = api.post("/api/projects/" + project + "/generations", "",
				owner.authWith("Idempotency-Key", "not a key"));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorCode()).isEqualTo("VALIDATION_ERROR");
	}

	private String start(String project, User user) {
		var started = api.post("/api/projects/" + project + "/generations", "", user.auth());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		return started.data().path("id").asString();
	}

	private JsonNode awaitFinished(String id, User user) {
		return Awaitility.await("generation " + id + " finished")
			.atMost(DEADLINE)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> api.get("/api/generations/" + id, user.auth()).data(),
					generation -> List.of("READY", "FAILED").contains(generation.path("status").asString()));
	}

	private static List<String> idsOf(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asString()));
		return ids;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.asString()));
		return texts;
	}

	private static List<String> entries(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
