package dev.stratus.workspace.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.workspace.TestSchemas;
import dev.stratus.workspace.WorkspaceApiTest;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.content.TestFiles;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team role × workspace route: owners, editors, viewers and outsiders (who own another project) against
 * every route of one project, with the status each must get. Outsiders get 404 everywhere, as for a
 * project that does not exist; members whose role is too low get 403. The writes of lower roles are
 * tried before the editor's and the owner's, so a refusal is never explained by an earlier success.
 * A member of one project naming another project's ids (its schema, architecture, upload, generation or
 * deployment) gets 404 too. The only answer other than 2xx, 403 and 404 is an editor's cancel of a
 * deployment the owner has cancelled already: 409, where the role passes and the state forbids.
 * No deployment is built to the end: each one started here is cancelled while it is queued or building.
 */
@IntegrationTest
class ProjectAccessMatrixTests extends WorkspaceApiTest {

	private static final String SCHEMA = """
			{"entities": [{"name": "Note", "fields": [{"name": "title", "type": "string", "required": true}]}]}""";

	private static final String PNG_BODY = Base64.getEncoder().encodeToString(ArchitectureApiTests.PNG);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * Made once for the tests of the project's parts: a project with a saved schema, an architecture with a
	 * published image and a READY generation, an editor and a viewer; and an outsider's project with the same.
	 */
	private static Shared shared;

	private record Shared(Map<String, User> callers, String project, String generation, String othersProject,
			String othersGeneration, String othersUpload) {

		User owner() {
			return callers.get("owner");
		}

		User outsider() {
			return callers.get("outsider");
		}

	}

	/** The calls whose answer was not the expected one, each with what it got. */
	private final List<String> wrong = new ArrayList<>();

	@BeforeEach
	void sharedProjects() {
		if (shared != null) {
			return;
		}
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		Map<String, User> callers = new LinkedHashMap<>();
		callers.put("owner", owner);
		callers.put("editor", workspace.member(project, owner, "editor"));
		callers.put("viewer", workspace.member(project, owner, "viewer"));
		User outsider = workspace.newUser("outsider");
		callers.put("outsider", outsider);
		String othersProject = workspace.project(outsider);
		String generation = withEveryPart(project, owner);
		String othersGeneration = withEveryPart(othersProject, outsider);
		shared = new Shared(Map.copyOf(callers), project, generation, othersProject, othersGeneration,
				upload(othersProject, outsider));
	}

	@Test
	void answersEachRoleOnEachProjectAndTeamRouteAsTheContractSays() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User spare = workspace.member(project, owner, "viewer");
		Map<String, User> callers = Map.of("owner", owner, "editor", workspace.member(project, owner, "editor"),
				"viewer", workspace.member(project, owner, "viewer"), "outsider", shared.outsider());
		String othersProject = "/api/projects/" + shared.othersProject();
		String base = "/api/projects/" + project;
		String spareMember = base + "/members/" + spare.id();

		for (String path : List.of(base, base + "/members")) {
			read(callers, path);
		}
		expect(callers, "owner", "GET", othersProject, 404);
		expect(callers, "owner", "GET", othersProject + "/members", 404);
		expect(callers, "owner", "PUT", othersProject, Map.of("name", "Taken over"), 404);
		expect(callers, "owner", "DELETE", othersProject, 404);
		expect(callers, "owner", "DELETE", othersProject + "/members/" + shared.outsider().id(), 404);
		expect(callers, "viewer", "PUT", base, Map.of("name", "Renamed"), 403);
		expect(callers, "outsider", "PUT", base, Map.of("name", "Renamed"), 404);
		expect(callers, "editor", "PUT", base, Map.of("name", "Renamed by editor"), 200);
		expect(callers, "owner", "PUT", base, Map.of("name", "Renamed by owner"), 200);
		Map<String, Integer> nonOwners = Map.of("editor", 403, "viewer", 403, "outsider", 404);
		nonOwners.forEach((who, status) -> {
			expect(callers, who, "POST", base + "/invitations",
					Map.of("email", TestUsers.newEmail("invitee"), "role", "viewer"), status);
			expect(callers, who, "PATCH", spareMember, Map.of("role", "editor"), status);
			expect(callers, who, "DELETE", spareMember, status);
			expect(callers, who, "DELETE", base, status);
		});
		expect(callers, "owner", "PATCH", base + "/members/" + shared.outsider().id(), Map.of("role", "editor"), 404);
		expect(callers, "owner", "POST", base + "/invitations",
				Map.of("email", TestUsers.newEmail("invitee"), "role", "editor"), 201);
		expect(callers, "owner", "PATCH", spareMember, Map.of("role", "editor"), 200);
		expect(callers, "owner", "DELETE", spareMember, 200);
		expect(callers, "owner", "DELETE", base, 200);
		expect(callers, "owner", "GET", base, 404);
		assertThat(wrong).isEmpty();
	}

	@Test
	void answersEachRoleOnEachSchemaRouteAsTheContractSays() {
		String base = "/api/projects/" + shared.project() + "/schema";
		for (String path : List.of(base, base + "/versions", base + "/versions/1")) {
			read(shared.callers(), path);
		}
		write("PUT", base, SCHEMA, 200);

		String others = "/api/projects/" + shared.othersProject() + "/schema";
		for (String path : List.of(others, others + "/versions", others + "/versions/1")) {
			expect("owner", "GET", path, 404);
		}
		expect("owner", "PUT", others, SCHEMA, 404);
		assertThat(wrong).isEmpty();
	}

	@Test
	void answersEachRoleOnEachArchitectureRouteAsTheContractSays() {
		String base = "/api/architecture/" + shared.project();
		write("PUT", base, ArchitectureApiTests.DIAGRAM, 200);
		for (String path : List.of(base, base + "/versions", base + "/versions/1", base + "/diagram-url")) {
			read(shared.callers(), path);
		}
		write("POST", base + "/diagram", Map.of("diagramData", PNG_BODY, "contentType", "image/png"), 200);
		write("POST", base + "/diagram/upload-url", Map.of("contentType", "image/png"), 200);
		String editorsUpload = upload(shared.project(), shared.callers().get("editor"));
		String ownersUpload = upload(shared.project(), shared.owner());
		expect("viewer", "POST", base + "/diagram/confirm", Map.of("uploadId", editorsUpload), 403);
		expect("outsider", "POST", base + "/diagram/confirm", Map.of("uploadId", editorsUpload), 404);
		expect("editor", "POST", base + "/diagram/confirm", Map.of("uploadId", editorsUpload), 200);
		expect("owner", "POST", base + "/diagram/confirm", Map.of("uploadId", ownersUpload), 200);
		expect("owner", "POST", base + "/diagram/confirm", Map.of("uploadId", shared.othersUpload()), 404);

		String others = "/api/architecture/" + shared.othersProject();
		for (String path : List.of(others, others + "/versions", others + "/versions/1", others + "/diagram-url")) {
			expect("owner", "GET", path, 404);
		}
		expect("owner", "PUT", others, ArchitectureApiTests.DIAGRAM, 404);
		expect("owner", "POST", others + "/diagram", Map.of("diagramData", PNG_BODY, "contentType", "image/png"),
				404);
		expect("owner", "POST", others + "/diagram/upload-url", Map.of("contentType", "image/png"), 404);
		expect("owner", "POST", others + "/diagram/confirm", Map.of("uploadId", shared.othersUpload()), 404);
		assertThat(wrong).isEmpty();
	}

	@Test
	void answersEachRoleOnEachGenerationRouteAsTheContractSays() {
		String list = "/api/projects/" + shared.project() + "/generations";
		String generation = "/api/generations/" + shared.generation();
		for (String path : List.of(list, generation, generation + "/download-url")) {
			read(shared.callers(), path);
		}
		write("POST", list, "", 202);

		String othersGeneration = "/api/generations/" + shared.othersGeneration();
		String othersList = "/api/projects/" + shared.othersProject() + "/generations";
		for (String path : List.of(othersGeneration, othersGeneration + "/download-url", othersList)) {
			expect("owner", "GET", path, 404);
		}
		expect("owner", "POST", othersList, "", 404);
		assertThat(wrong).isEmpty();
	}

	@Test
	void answersEachRoleOnEachDeploymentRouteAsTheContractSays() {
		String start = "/api/projects/" + shared.project() + "/deployments";
		Map<String, String> body = Map.of("environment", "dev", "generationId", shared.generation());
		expect("viewer", "POST", start, body, 403);
		expect("outsider", "POST", start, body, 404);
		String editors = "/api/deployments/" + expect("editor", "POST", start, body, 202).data().path("id").asString();
		for (String path : List.of(start, editors, editors + "/logs")) {
			read(shared.callers(), path);
		}
		expect("viewer", "POST", editors + "/cancel", "", 403);
		expect("outsider", "POST", editors + "/cancel", "", 404);
		expect("editor", "POST", editors + "/cancel", "", 200);
		String owners = "/api/deployments/" + expect("owner", "POST", start, body, 202).data().path("id").asString();
		expect("owner", "POST", owners + "/cancel", "", 200);
		expect("editor", "POST", owners + "/cancel", "", 409);
		expect("owner", "POST", start, Map.of("environment", "dev", "generationId", shared.othersGeneration()), 404);

		String othersStart = "/api/projects/" + shared.othersProject() + "/deployments";
		Map<String, String> othersBody = Map.of("environment", "dev", "generationId", shared.othersGeneration());
		String others = "/api/deployments/"
				+ expect("outsider", "POST", othersStart, othersBody, 202).data().path("id").asString();
		for (String path : List.of(othersStart, others, others + "/logs")) {
			expect("owner", "GET", path, 404);
		}
		expect("owner", "POST", others + "/cancel", "", 404);
		expect("owner", "POST", othersStart, othersBody, 404);
		expect("outsider", "POST", others + "/cancel", "", 200);
		assertThat(wrong).isEmpty();
	}

	@Test
	void answersEachRoleOnEachDocumentationRouteAsTheContractSays() {
		String documents = "/api/projects/" + shared.project() + "/documents";
		Map<String, String> content = Map.of("title", "Runbook", "content", "# Runbook");
		expect("viewer", "POST", documents, content, 403);
		expect("outsider", "POST", documents, content, 404);
		String editors = "/api/documentation/"
				+ expect("editor", "POST", documents, content, 201).data().path("id").asString();
		String page = "/api/documentation/"
				+ expect("owner", "POST", documents, content, 201).data().path("id").asString();
		String attachment = page + "/attachments/"
				+ expect("owner", "POST", page + "/attachments", file("plan.png"), 201).data().path("id").asString();
		for (String path : List.of(documents, page, page + "/versions", page + "/versions/1", attachment + "/url")) {
			read(shared.callers(), path);
		}
		write("PUT", page, content, 200);
		expect("viewer", "POST", page + "/attachments", file("viewer.png"), 403);
		expect("outsider", "POST", page + "/attachments", file("outsider.png"), 404);
		expect("editor", "POST", page + "/attachments", file("editor.png"), 201);
		write("POST", page + "/attachments/upload-url", Map.of("fileName", "later.png", "contentType", "image/png"),
				200);
		expect("viewer", "POST", page + "/attachments/confirm", Map.of("uploadId", UUID.randomUUID().toString()), 403);
		expect("outsider", "POST", page + "/attachments/confirm", Map.of("uploadId", UUID.randomUUID().toString()),
				404);
		expect("viewer", "DELETE", attachment, 403);
		expect("outsider", "DELETE", attachment, 404);
		expect("editor", "DELETE", attachment, 200);
		expect("viewer", "DELETE", editors, 403);
		expect("outsider", "DELETE", editors, 404);
		expect("editor", "DELETE", editors, 200);
		expect("owner", "DELETE", page, 200);

		String othersPage = "/api/documentation/" + expect("outsider", "POST",
				"/api/projects/" + shared.othersProject() + "/documents", content, 201).data().path("id").asString();
		for (String path : List.of("/api/projects/" + shared.othersProject() + "/documents", othersPage,
				othersPage + "/versions", othersPage + "/versions/1")) {
			expect("owner", "GET", path, 404);
		}
		expect("owner", "PUT", othersPage, content, 404);
		expect("owner", "POST", othersPage + "/attachments", file("mine.png"), 404);
		expect("owner", "DELETE", othersPage, 404);
		assertThat(wrong).isEmpty();
	}

	@Test
	void answersEachRoleOnEachActivityAnalyticsAndAssistantRouteAsTheContractSays() {
		String project = shared.project();
		String others = shared.othersProject();
		for (String path : List.of("/api/activity?projectId=" + project,
				"/api/activity?projectId=" + project + "&type=schema_saved",
				"/api/analytics/chart-data?chartType=activity&period=7d&projectId=" + project,
				"/api/analytics/realtime?projectId=" + project, "/api/projects/" + project + "/assistant/messages")) {
			read(shared.callers(), path);
		}
		for (String path : List.of("/api/activity?projectId=" + others,
				"/api/analytics/chart-data?chartType=deployments&period=24h&projectId=" + others,
				"/api/analytics/realtime?projectId=" + others, "/api/projects/" + others + "/assistant/messages")) {
			expect("owner", "GET", path, 404);
		}
		String chat = "/api/projects/" + project + "/assistant/messages";
		Map<String, String> question = Map.of("message", "Explain the schema");
		// Asking reads: every member may; a generation asked for is the editors' (the reply says so to a viewer).
		for (String member : List.of("owner", "editor", "viewer")) {
			expect(member, "POST", chat, question, 201);
		}
		expect("outsider", "POST", chat, question, 404);
		expect("owner", "POST", "/api/projects/" + others + "/assistant/messages", question, 404);
		assertThat(wrong).isEmpty();
	}

	private static Map<String, String> file(String name) {
		return Map.of("fileName", name, "fileData", Base64.getEncoder().encodeToString(TestFiles.png()),
				"contentType", "image/png");
	}

	/** Saves a schema and an architecture with an image, and renders a generation to READY. @return its id */
	private String withEveryPart(String project, User owner) {
		TestSchemas.save(api, owner, project, SCHEMA);
		String architecture = "/api/architecture/" + project;
		assertThat(api.put(architecture, ArchitectureApiTests.DIAGRAM, owner.auth()).status()).isEqualTo(200);
		assertThat(api.post(architecture + "/diagram", Map.of("diagramData", PNG_BODY, "contentType", "image/png"),
				owner.auth()).status()).isEqualTo(200);
		var started = api.post("/api/projects/" + project + "/generations", "", owner.auth());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String id = started.data().path("id").asString();
		String status = Awaitility.await("generation " + id)
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> api.get("/api/generations/" + id, owner.auth()).data().path("status").asString(),
					now -> List.of("READY", "FAILED").contains(now));
		assertThat(status).isEqualTo("READY");
		return id;
	}

	/** A PNG uploaded to a presigned URL of the project's and not confirmed. @return its upload id */
	private String upload(String project, User editor) {
		var ticket = api.post("/api/architecture/" + project + "/diagram/upload-url",
				Map.of("contentType", "image/png"), editor.auth());
		assertThat(ticket.status()).as(ticket.body()).isEqualTo(200);
		try {
			int put = http.send(HttpRequest.newBuilder(URI.create(ticket.data().path("uploadUrl").asString()))
				.header("Content-Type", "image/png")
				.PUT(HttpRequest.BodyPublishers.ofByteArray(ArchitectureApiTests.PNG))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			assertThat(put).isEqualTo(200);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return ticket.data().path("uploadId").asString();
	}

	/** Every member reads (200), the outsider gets 404. */
	private void read(Map<String, User> callers, String path) {
		callers.keySet().forEach(who -> expect(callers, who, "GET", path, "outsider".equals(who) ? 404 : 200));
	}

	/** The viewer gets 403 and the outsider 404, then the editor's and the owner's calls succeed. */
	private void write(String method, String path, Object body, int succeeds) {
		expect("viewer", method, path, body, 403);
		expect("outsider", method, path, body, 404);
		expect("editor", method, path, body, succeeds);
		expect("owner", method, path, body, succeeds);
	}

	private StratusApi.Response expect(String who, String method, String path, int expected) {
		return expect(shared.callers(), who, method, path, "", expected);
	}

	private StratusApi.Response expect(String who, String method, String path, Object body, int expected) {
		return expect(shared.callers(), who, method, path, body, expected);
	}

	private StratusApi.Response expect(Map<String, User> callers, String who, String method, String path,
			int expected) {
		return expect(callers, who, method, path, "", expected);
	}

	/** Makes the call as {@code who} and notes it when the answer's status is not {@code expected}. */
	private StratusApi.Response expect(Map<String, User> callers, String who, String method, String path,
			Object body, int expected) {
		String[] auth = callers.get(who).auth();
		StratusApi.Response response = switch (method) {
			case "GET" -> api.get(path, auth);
			case "PUT" -> api.put(path, body, auth);
			case "POST" -> api.post(path, body, auth);
			case "PATCH" -> api.patch(path, body, auth);
			default -> api.delete(path, auth);
		};
		if (response.status() != expected) {
			wrong.add(who + " " + method + " " + path + " expected " + expected + " got " + response.status() + " "
					+ response.body());
		}
		return response;
	}

}
