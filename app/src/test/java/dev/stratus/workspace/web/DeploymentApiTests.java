package dev.stratus.workspace.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.workspace.WorkspaceFixture;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.TestSchemas;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Deployments part of the workspace contract over HTTP, with the real job, the real local target (Maven builds
 * offline, real processes) and the local cloud. One small generation is shared by the tests that need a good
 * build, since each build takes a while.
 */
@IntegrationTest
class DeploymentApiTests {

	private static final String SCHEMA = """
			{"entities": [{"name": "Note", "fields": [{"name": "title", "type": "string", "required": true}]}]}""";

	private static final Duration BUILD_DEADLINE = Duration.ofMinutes(4);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** Made once: an owner's project with a READY generation, an editor, a viewer and an outsider. */
	private static Shared shared;

	private record Shared(User owner, User editor, User viewer, User outsider, String project, String generation) {
	}

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LocalCloudConnection cloud;

	@Autowired
	S3Client s3;

	@Autowired
	CloudResources resources;

	WorkspaceFixture workspace;

	@BeforeEach
	void fixture() {
		workspace = new WorkspaceFixture(api, testUsers, cloud);
		if (shared == null) {
			User owner = workspace.newUser("deployer");
			String project = workspace.project(owner, "Notes").path("id").asString();
			shared = new Shared(owner, workspace.member(project, owner, "editor"),
					workspace.member(project, owner, "viewer"), workspace.newUser("outsider"), project,
					readyGeneration(project, owner));
		}
	}

	@Test
	void deploysAGenerationWhoseAppServesItsHealthAndWhoseLogReadsInSlices() throws Exception {
		JsonNode queued = deploy(shared.project(), "dev", shared.generation(), shared.editor());
		assertThat(queued.path("status").asString()).isEqualTo("QUEUED");
		assertThat(queued.path("environment").asString()).isEqualTo("dev");
		assertThat(queued.path("generationId").asString()).isEqualTo(shared.generation());
		assertThat(queued.has("url")).isFalse();

		JsonNode live = awaitStatus(queued.path("id").asString(), "SUCCEEDED");

		String url = live.path("url").asString();
		assertThat(url).startsWith("http://127.0.0.1:");
		assertThat(health(url)).isEqualTo(200);
		String id = live.path("id").asString();
		var first = api.get("/api/deployments/" + id + "/logs?after=0&limit=3", shared.viewer().auth()).data();
		assertThat(seqs(first)).containsExactly(1L, 2L, 3L);
		assertThat(first.path("nextAfter").asLong()).isEqualTo(3);
		var rest = api.get("/api/deployments/" + id + "/logs?after=3&limit=1000", shared.viewer().auth()).data();
		assertThat(seqs(rest)).first().isEqualTo(4L);
		assertThat(seqs(rest)).isSorted().doesNotHaveDuplicates();
		assertThat(rest.path("nextAfter").asLong()).isEqualTo(seqs(rest).get(seqs(rest).size() - 1));
		assertThat(text(first) + text(rest)).contains("Building offline").contains("BUILD SUCCESS");
		var none = api.get("/api/deployments/" + id + "/logs?after=" + rest.path("nextAfter").asLong(),
				shared.viewer().auth()).data();
		assertThat(none.path("lines").isEmpty()).isTrue();
		assertThat(none.path("nextAfter").asLong()).isEqualTo(rest.path("nextAfter").asLong());
		var dashboard = api.get("/api/dashboard", shared.owner().auth()).data().path("deploymentsByStatus");
		assertThat(dashboard.path("SUCCEEDED").asLong()).isGreaterThanOrEqualTo(1);

		// A second deployment to the same environment replaces the first once it is healthy.
		JsonNode second = awaitStatus(deploy(shared.project(), "dev", shared.generation(), shared.owner())
			.path("id").asString(), "SUCCEEDED");
		// The old app is stopped once the new one is healthy, and its end is written a moment later.
		JsonNode replaced = Awaitility.await("deployment " + id + " replaced")
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> api.get("/api/deployments/" + id, shared.viewer().auth()).data(),
					deployment -> !deployment.path("status").asString().equals("SUCCEEDED"));
		assertThat(replaced.path("status").asString()).isEqualTo("STOPPED");
		assertThat(replaced.has("url")).isFalse();
		assertThat(replaced.path("reason").asString())
			.contains("Replaced by deployment " + second.path("id").asString());
		assertThat(health(url)).isNotEqualTo(200);
		assertThat(health(second.path("url").asString())).isEqualTo(200);
		var listed = api.get("/api/projects/" + shared.project() + "/deployments?environment=dev&limit=2",
				shared.viewer().auth()).data();
		assertThat(listed.path("items").valueStream().map(item -> item.path("id").asString()).toList())
			.startsWith(second.path("id").asString());

		// Cancelling a live deployment stops its app; then it is finished.
		var stopped = api.post("/api/deployments/" + second.path("id").asString() + "/cancel", "",
				shared.editor().auth());
		assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
		assertThat(stopped.data().path("status").asString()).isEqualTo("STOPPED");
		assertThat(health(second.path("url").asString())).isNotEqualTo(200);
		var again = api.post("/api/deployments/" + second.path("id").asString() + "/cancel", "",
				shared.editor().auth());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.errorCode()).isEqualTo("CONFLICT");
	}

	@Test
	void failsABrokenBuildWithTheCompilerErrorInItsLog() {
		String generation = readyGeneration(shared.project(), shared.owner());
		String key = "code-generations/" + shared.project() + "/" + generation + "/archive.zip";
		String bucket = resources.bucketName(WorkspaceResources.BUCKET);
		byte[] archive = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
		s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(withBrokenSource(archive)));

		JsonNode failed = awaitStatus(deploy(shared.project(), "prod", generation, shared.owner()).path("id")
			.asString(), "FAILED");

		assertThat(failed.path("reason").asString()).startsWith("The build failed");
		assertThat(failed.has("url")).isFalse();
		String log = text(api.get("/api/deployments/" + failed.path("id").asString() + "/logs?limit=1000",
				shared.owner().auth()).data());
		assertThat(log).contains("Broken.java").contains("BUILD FAILURE").contains("FAILED: The build failed");
	}

	@Test
	void cancelsADeploymentDuringItsBuildAndAnswersEachRoleOnEachRoute() {
		String[] keyed = shared.editor().authWith("Idempotency-Key", "deploy-retry-1");
		var first = api.post("/api/projects/" + shared.project() + "/deployments",
				Map.of("environment", "staging", "generationId", shared.generation()), keyed);
		var retry = api.post("/api/projects/" + shared.project() + "/deployments",
				Map.of("environment", "staging", "generationId", shared.generation()), keyed);
		assertThat(first.status()).as(first.body()).isEqualTo(202);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		String id = first.data().path("id").asString();
		assertThat(retry.data().path("id").asString()).isEqualTo(id);
		awaitStatus(id, "BUILDING");

		String base = "/api/deployments/" + id;
		String projectDeployments = "/api/projects/" + shared.project() + "/deployments";
		Map<String, Object> body = Map.of("environment", "dev", "generationId", shared.generation());
		assertThat(api.post(projectDeployments, body, shared.viewer().auth()).status()).isEqualTo(403);
		assertThat(api.post(base + "/cancel", "", shared.viewer().auth()).status()).isEqualTo(403);
		for (String path : List.of(base, base + "/logs", projectDeployments)) {
			assertThat(api.get(path, shared.viewer().auth()).status()).as(path).isEqualTo(200);
			assertThat(api.get(path, shared.outsider().auth()).status()).as(path).isEqualTo(404);
		}
		assertThat(api.post(projectDeployments, body, shared.outsider().auth()).status()).isEqualTo(404);
		assertThat(api.post(base + "/cancel", "", shared.outsider().auth()).status()).isEqualTo(404);
		assertThat(api.get("/api/deployments/not-an-id", shared.owner().auth()).status()).isEqualTo(404);
		assertThat(api.get(base).status()).isEqualTo(401);

		var cancelled = api.post(base + "/cancel", "", shared.owner().auth());

		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.data().path("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.data().path("reason").asString()).isEqualTo("Cancelled on request");
		assertThat(api.post(base + "/cancel", "", shared.editor().auth()).status()).isEqualTo(409);
		// The editor asked for it; the owner cancelled it, and the project's activity says so.
		JsonNode entries = api.get("/api/activity?projectId=" + shared.project() + "&type=deployment_cancelled",
				shared.owner().auth()).data().path("items");
		assertThat(entries).singleElement()
			.satisfies(entry -> assertThat(entry.path("userId").asString()).isEqualTo(shared.owner().id()));
	}

	@Test
	void refusesAnUnknownGenerationOrOneNotReady() {
		String path = "/api/projects/" + shared.project() + "/deployments";
		var unknown = api.post(path, Map.of("environment", "dev", "generationId",
				"00000000-0000-7000-8000-000000000000"), shared.owner().auth());
		assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
		var malformed = api.post(path, Map.of("environment", "moon", "generationId", "x"), shared.owner().auth());
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.errorCode()).isEqualTo("VALIDATION_ERROR");
		var badFilter = api.get(path + "?environment=moon", shared.owner().auth());
		assertThat(badFilter.status()).isEqualTo(400);
		User other = workspace.newUser("elsewhere");
		String otherProject = workspace.project(other);
		var foreign = api.post("/api/projects/" + otherProject + "/deployments",
				Map.of("environment", "dev", "generationId", shared.generation()), other.auth());
		assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
	}

	@Test
	void deletingTheProjectStopsItsApp() {
		User owner = workspace.newUser("leaver");
		String project = workspace.project(owner, "Short Lived").path("id").asString();
		JsonNode live = awaitStatus(deploy(project, "dev", readyGeneration(project, owner), owner).path("id")
			.asString(), "SUCCEEDED", owner);
		String url = live.path("url").asString();
		assertThat(health(url)).isEqualTo(200);

		assertThat(api.delete("/api/projects/" + project, owner.auth()).status()).isEqualTo(200);

		Awaitility.await("app of the deleted project stopped")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> health(url) != 200);
		assertThat(api.get("/api/deployments/" + live.path("id").asString(), owner.auth()).status()).isEqualTo(404);
	}

	private String readyGeneration(String project, User owner) {
		TestSchemas.save(api, owner, project, SCHEMA);
		var started = api.post("/api/projects/" + project + "/generations", "", owner.auth());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String id = started.data().path("id").asString();
		JsonNode ready = Awaitility.await("generation " + id)
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> api.get("/api/generations/" + id, owner.auth()).data(),
					generation -> List.of("READY", "FAILED").contains(generation.path("status").asString()));
		assertThat(ready.path("status").asString()).as(ready.toString()).isEqualTo("READY");
		return id;
	}

	private JsonNode deploy(String project, String environment, String generation, User user) {
		var started = api.post("/api/projects/" + project + "/deployments",
				Map.of("environment", environment, "generationId", generation), user.auth());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		return started.data();
	}

	private JsonNode awaitStatus(String id, String status) {
		return awaitStatus(id, status, shared.owner());
	}

	/** Waits until the deployment reaches {@code status} or finishes, and asserts it reached {@code status}. */
	private JsonNode awaitStatus(String id, String status, User user) {
		JsonNode reached = Awaitility.await("deployment " + id + " " + status)
			.atMost(BUILD_DEADLINE)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> api.get("/api/deployments/" + id, user.auth()).data(),
					deployment -> deployment.path("status").asString().equals(status) || List
						.of("SUCCEEDED", "FAILED", "CANCELLED", "STOPPED")
						.contains(deployment.path("status").asString()));
		assertThat(reached.path("status").asString()).as(() -> reached + "\n" + text(api
			.get("/api/deployments/" + id + "/logs?limit=1000", user.auth()).data())).isEqualTo(status);
		return reached;
	}

	private static int health(String url) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException refused) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static List<Long> seqs(JsonNode log) {
		return log.path("lines").valueStream().map(line -> line.path("seq").asLong()).toList();
	}

	private static String text(JsonNode log) {
		return String.join("\n", log.path("lines").valueStream().map(line -> line.path("text").asString()).toList());
	}

	/** The archive with one more source file, which does not compile. */
	private static byte[] withBrokenSource(byte[] archive) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			String root = null;
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(in.readAllBytes());
				zip.closeEntry();
				if (entry.getName().endsWith("pom.xml") && (root == null || entry.getName().length() < root.length())) {
					root = entry.getName().substring(0, entry.getName().length() - "pom.xml".length());
				}
			}
			zip.putNextEntry(new ZipEntry(root + "src/main/java/Broken.java"));
			zip.write("class Broken { int missing = undefinedName; }\n".getBytes());
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
