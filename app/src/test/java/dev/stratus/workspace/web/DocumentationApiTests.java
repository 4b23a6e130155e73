package dev.stratus.workspace.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.workspace.WorkspaceApiTest;
import dev.stratus.workspace.WorkspaceBucket;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.ProjectItems;
import dev.stratus.workspace.internal.WorkspaceResources;
import dev.stratus.workspace.internal.content.TestFiles;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Documentation part of the workspace contract over HTTP against the running app and the local cloud. */
@IntegrationTest
class DocumentationApiTests extends WorkspaceApiTest {

	static final String SVG_WITH_SCRIPT = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
			+ "<script>alert(document.cookie)</script></svg>";

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	S3Client s3;

	@Autowired
	CloudResources resources;

	User owner;

	String project;

	String page;

	@BeforeEach
	void fixture() {
		owner = workspace.newUser("writer");
		project = workspace.project(owner);
		page = "/api/documentation/" + create("Runbook", "# Runbook\n<script>alert(1)</script>").path("id").asString();
	}

	@Test
	void savesEveryChangeAsANewVersionAndKeepsEachOne() {
		var saved = api.put(page, Map.of("title", "Runbook v2", "content", "second"), owner.auth());
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.data().path("version").asLong()).isEqualTo(2);
		api.put(page, Map.of("title", "Runbook v3", "content", "third"), owner.auth());

		JsonNode current = api.get(page, owner.auth()).data();
		assertThat(current.path("version").asLong()).isEqualTo(3);
		assertThat(current.path("title").asString()).isEqualTo("Runbook v3");
		assertThat(current.path("content").asString()).isEqualTo("third");
		assertThat(current.path("projectId").asString()).isEqualTo(project);
		assertThat(current.path("updatedBy").asString()).isEqualTo(owner.id());
		JsonNode versions = api.get(page + "/versions?limit=2", owner.auth()).data();
		assertThat(versions.path("items").valueStream().map(v -> v.path("version").asLong())).containsExactly(3L, 2L);
		assertThat(versions.path("items").get(0).has("content")).isFalse();
		JsonNode rest = api.get(page + "/versions?nextToken=" + versions.path("nextToken").asString(), owner.auth())
			.data();
		assertThat(rest.path("items").valueStream().map(v -> v.path("version").asLong())).containsExactly(1L);
		JsonNode first = api.get(page + "/versions/1", owner.auth()).data();
		assertThat(first.path("title").asString()).isEqualTo("Runbook");
		assertThat(first.path("content").asString()).isEqualTo("# Runbook\n<script>alert(1)</script>");
		assertThat(api.get(page + "/versions/4", owner.auth()).status()).isEqualTo(404);
		assertThat(activityTypes()).contains("document_created", "document_updated");
	}

	@Test
	void listsTheProjectsPagesNewestFirstWithoutTheirContent() {
		create("Second page", "two");

		JsonNode list = api.get("/api/projects/" + project + "/documents", owner.auth()).data();

		assertThat(list.path("items").valueStream().map(item -> item.path("title").asString()))
			.containsExactly("Second page", "Runbook");
		assertThat(list.path("items").get(0).has("content")).isFalse();
	}

	@Test
	void letsViewersReadAndHidesThePageFromOutsiders() {
		User viewer = workspace.member(project, owner, "viewer");
		User outsider = workspace.newUser("outsider");

		assertThat(api.get(page, viewer.auth()).status()).isEqualTo(200);
		assertThat(api.put(page, Map.of("title", "Mine", "content", "x"), viewer.auth()).status()).isEqualTo(403);
		var hidden = api.get(page, outsider.auth());
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.body()).doesNotContain("Project");
		assertThat(api.get("/api/documentation/not-an-id", owner.auth()).status()).isEqualTo(404);
	}

	@Nested
	class Attachments {

		@Test
		void servesAnAttachmentAsADownloadOfItsCheckedType() {
			byte[] png = TestFiles.png();

			var attached = attach("plan.png", png, "image/png");

			assertThat(attached.status()).as(attached.body()).isEqualTo(201);
			assertThat(attached.data().path("sizeBytes").asLong()).isEqualTo(png.length);
			String id = attached.data().path("id").asString();
			assertThat(api.get(page, owner.auth()).data().path("attachments").get(0).path("id").asString())
				.isEqualTo(id);
			var link = api.get(page + "/attachments/" + id + "/url", owner.auth());
			assertThat(link.status()).as(link.body()).isEqualTo(200);
			HttpResponse<byte[]> file = WorkspaceBucket.fetch(link.data().path("url").asString());
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.body()).isEqualTo(png);
			assertThat(file.headers().firstValue("Content-Type")).contains("image/png");
			assertThat(file.headers().firstValue("Content-Disposition"))
				.hasValueSatisfying(
						disposition -> assertThat(disposition).startsWith("attachment").contains("plan.png"));
			assertThat(keys()).containsExactly(
					"documentation/" + project + "/" + page.substring(page.lastIndexOf('/') + 1) + "/plan.png");
			assertThat(activityTypes()).contains("attachment_added");
		}

		@Test
		void refusesContentThatIsNotItsDeclaredType() {
			byte[] text = "just text".getBytes(StandardCharsets.UTF_8);
			byte[] svg = SVG_WITH_SCRIPT.getBytes(StandardCharsets.UTF_8);
			for (var refused : List.of(attach("a.png", TestFiles.pngHeaderWithHtml(), "image/png"),
					attach("b.png", text, "image/png"), attach("c.txt", svg, "text/plain"),
					attach("d.md", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8),
							"text/markdown"),
					attach("e.zip", new byte[10 * 1024 * 1024 + 1], "application/zip"))) {
				assertThat(refused.status()).as(refused.body()).isEqualTo(400);
				assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
				assertThat(refused.tree().path("error").path("details").get(0).path("field").asString())
					.isEqualTo("fileData");
			}
			var svgRefused = attach("f.svg", svg, "image/svg+xml");
			assertThat(svgRefused.status()).isEqualTo(400);
			assertThat(svgRefused.tree().path("error").path("details").get(0).path("field").asString())
				.isEqualTo("contentType");
			assertThat(api.get(page, owner.auth()).data().path("attachments").isEmpty()).isTrue();
			assertThat(keys()).isEmpty();
		}

		@Test
		void refusesASecondFileOfTheSameName() {
			assertThat(attach("notes.txt", "one".getBytes(StandardCharsets.UTF_8), "text/plain").status())
				.isEqualTo(201);

			var second = attach("notes.txt", "two".getBytes(StandardCharsets.UTF_8), "text/plain");

			assertThat(second.status()).as(second.body()).isEqualTo(409);
			assertThat(api.get(page, owner.auth()).data().path("attachments").size()).isEqualTo(1);
		}

		@Test
		void attachesAPresignedUploadOnlyOnceItsContentIsChecked() {
			byte[] jpeg = TestFiles.image("jpeg");
			var ticket = api.post(page + "/attachments/upload-url",
					Map.of("fileName", "photo.jpg", "contentType", "image/jpeg"), owner.auth());
			assertThat(ticket.status()).as(ticket.body()).isEqualTo(200);
			String uploadId = ticket.data().path("uploadId").asString();
			assertThat(WorkspaceBucket.put(ticket.data().path("uploadUrl").asString(), jpeg, "image/jpeg").statusCode())
				.isEqualTo(200);
			assertThat(api.get(page, owner.auth()).data().path("attachments").isEmpty()).isTrue();

			var confirmed = api.post(page + "/attachments/confirm", Map.of("uploadId", uploadId), owner.auth());

			assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
			assertThat(confirmed.data().path("fileName").asString()).isEqualTo("photo.jpg");
			assertThat(keys()).singleElement().satisfies(key -> assertThat(key).endsWith("/photo.jpg"));
			assertThat(api.post(page + "/attachments/confirm", Map.of("uploadId", uploadId), owner.auth()).status())
				.isEqualTo(404);
		}

		@Test
		void discardsAPresignedUploadWhoseContentIsNotItsType() {
			var ticket = api.post(page + "/attachments/upload-url",
					Map.of("fileName", "fake.png", "contentType", "image/png"), owner.auth());
			WorkspaceBucket.put(ticket.data().path("uploadUrl").asString(), TestFiles.pngHeaderWithHtml(),
					"image/png");

			var refused = api.post(page + "/attachments/confirm",
					Map.of("uploadId", ticket.data().path("uploadId").asString()), owner.auth());

			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.tree().path("error").path("details").get(0).path("field").asString())
				.isEqualTo("uploadId");
			assertThat(keys()).isEmpty();
			assertThat(api.post(page + "/attachments/confirm", Map.of("uploadId", "../../x"), owner.auth()).status())
				.isEqualTo(404);
		}

		@Test
		void removingAnAttachmentRemovesItsObject() {
			String id = attach("plan.png", TestFiles.png(), "image/png").data().path("id").asString();
			attach("notes.txt", "keep".getBytes(StandardCharsets.UTF_8), "text/plain");

			var removed = api.delete(page + "/attachments/" + id, owner.auth());

			assertThat(removed.status()).as(removed.body()).isEqualTo(200);
			assertThat(keys()).singleElement().satisfies(key -> assertThat(key).endsWith("/notes.txt"));
			assertThat(api.get(page + "/attachments/" + id + "/url", owner.auth()).status()).isEqualTo(404);
			assertThat(api.delete(page + "/attachments/" + id, owner.auth()).status()).isEqualTo(404);
			assertThat(activityTypes()).contains("attachment_removed");
		}

	}

	@Test
	void deletingAPageRemovesItsVersionsAttachmentsAndObjects() {
		api.put(page, Map.of("title", "Runbook", "content", "v2"), owner.auth());
		attach("plan.png", TestFiles.png(), "image/png");
		attach("notes.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain");
		String other = "/api/documentation/" + create("Other", "stays").path("id").asString();
		attach(other, "kept.txt", "kept".getBytes(StandardCharsets.UTF_8), "text/plain");

		var deleted = api.delete(page, owner.auth());

		assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
		assertThat(api.get(page, owner.auth()).status()).isEqualTo(404);
		assertThat(api.get(page + "/versions/1", owner.auth()).status()).isEqualTo(404);
		assertThat(keys()).singleElement().satisfies(key -> assertThat(key).endsWith("/kept.txt"));
		String id = page.substring(page.lastIndexOf('/') + 1);
		assertThat(items()).noneMatch(sortKey -> sortKey.contains(id));
		assertThat(activityTypes()).contains("document_deleted");
	}

	@Test
	void deletingTheProjectRemovesItsPagesAndTheirObjects() {
		attach("plan.png", TestFiles.png(), "image/png");
		assertThat(keys()).hasSize(1);

		assertThat(api.delete("/api/projects/" + project, owner.auth()).status()).isEqualTo(200);

		Awaitility.await("project " + project + " deleted")
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> keys().isEmpty() && items().isEmpty());
		assertThat(api.get(page, owner.auth()).status()).isEqualTo(404);
	}

	private JsonNode create(String title, String content) {
		var created = api.post("/api/projects/" + project + "/documents", Map.of("title", title, "content", content),
				owner.auth());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.data();
	}

	private StratusApi.Response attach(String fileName, byte[] content, String contentType) {
		return attach(page, fileName, content, contentType);
	}

	private StratusApi.Response attach(String onPage, String fileName, byte[] content, String contentType) {
		return api.post(onPage + "/attachments", Map.of("fileName", fileName, "fileData",
				Base64.getEncoder().encodeToString(content), "contentType", contentType), owner.auth());
	}

	/** The types of the owner's latest activity entries, as Home shows them. */
	private List<String> activityTypes() {
		return api.get("/api/home", owner.auth())
			.data()
			.path("recentActivity")
			.valueStream()
			.map(entry -> entry.path("type").asString())
			.toList();
	}

	/** The project's objects in the workspace bucket, uploads included. */
	private List<String> keys() {
		return new WorkspaceBucket(s3, resources).keys(ProjectItems.objectPrefix("documentation/", project));
	}

	/** The sort keys of the project's items but its activity and team. */
	private List<String> items() {
		return dynamo
			.query(b -> b.tableName(resources.tableName(WorkspaceResources.TABLE))
				.keyConditionExpression("PK = :project")
				.expressionAttributeValues(Map.of(":project", Attributes.s(ProjectItems.partition(project))))
				.consistentRead(true))
			.items()
			.stream()
			.map(item -> Attributes.str(item, Attributes.SK))
			.filter(key -> key.startsWith("DOC"))
			.toList();
	}

}
