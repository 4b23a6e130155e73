package dev.stratus.workspace.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.workspace.WorkspaceBucket;
import dev.stratus.workspace.WorkspaceFixture;
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

import static dev.stratus.workspace.WorkspaceBucket.fetch;
import static dev.stratus.workspace.WorkspaceBucket.put;
import static org.assertj.core.api.Assertions.assertThat;

/** The Architecture part of the workspace contract over HTTP against the running app and the local cloud. */
@IntegrationTest
class ArchitectureApiTests {

	static final byte[] PNG = TestFiles.png();

	static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\" onload=\"alert(1)\">"
			+ "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\" fill=\"#123456\"/></svg>";

	static final Map<String, Object> DIAGRAM = Map.of(
			"nodes", List.of(Map.of("id", "api", "label", "Orders API", "kind", "service", "x", 0, "y", 0),
					Map.of("id", "db", "label", "Orders table", "kind", "database", "x", 0, "y", 120.5)),
			"edges", List.of(Map.of("id", "e1", "source", "api", "target", "db", "label", "writes")));

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LocalCloudConnection cloud;

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	S3Client s3;

	@Autowired
	CloudResources resources;

	WorkspaceFixture workspace;

	User owner;

	String project;

	String base;

	@BeforeEach
	void fixture() {
		workspace = new WorkspaceFixture(api, testUsers, cloud);
		owner = workspace.newUser("architect");
		project = workspace.project(owner);
		base = "/api/architecture/" + project;
	}

	@Test
	void savesVersionsOfTheDiagramUnderOneArchitectureId() {
		assertThat(api.get(base, owner.auth()).status()).isEqualTo(404);

		var first = api.put(base, DIAGRAM, owner.auth());
		var second = api.put(base, Map.of("nodes", List.of(Map.of("id", "solo", "label", "Monolith", "kind", "service",
				"x", -10, "y", 5)), "edges", List.of()), owner.auth());

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.data().path("version").asLong()).isEqualTo(1);
		assertThat(second.data().path("version").asLong()).isEqualTo(2);
		assertThat(second.data().path("id").asString()).isEqualTo(first.data().path("id").asString())
			.matches("[0-9a-f-]{36}");
		assertThat(api.get(base, owner.auth()).data()).isEqualTo(second.data());
		var one = api.get(base + "/versions/1", owner.auth()).data();
		assertThat(one.path("nodes").get(1).path("y").asDouble()).isEqualTo(120.5);
		assertThat(one.path("edges").get(0).path("label").asString()).isEqualTo("writes");
		var versions = api.get(base + "/versions", owner.auth()).data().path("items");
		assertThat(versions.get(0).path("version").asLong()).isEqualTo(2);
		assertThat(versions.get(0).path("nodeCount").asInt()).isEqualTo(1);
		assertThat(versions.get(1).path("edgeCount").asInt()).isEqualTo(1);
	}

	@Test
	void refusesEdgesToMissingNodesAndDuplicateIds() {
		var refused = api.put(base, Map.of(
				"nodes", List.of(Map.of("id", "a", "label", "A", "kind", "service", "x", 0, "y", 0),
						Map.of("id", "a", "label", "A2", "kind", "service", "x", 1, "y", 1)),
				"edges", List.of(Map.of("id", "e", "source", "a", "target", "ghost"))), owner.auth());

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
		assertThat(refused.tree().path("error").path("details").findValuesAsString("field"))
			.containsExactly("nodes[1].id", "edges[0].target");
		var infinite = api.put(base, "{\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"kind\": \"service\", "
				+ "\"x\": 1e400, \"y\": 0}], \"edges\": []}", owner.auth());
		assertThat(infinite.status()).as(infinite.body()).isEqualTo(400);
		assertThat(infinite.tree().path("error").path("details").findValuesAsString("field"))
			.containsExactly("nodes[0].x");
	}

	@Test
	void letsViewersReadAndHidesEverythingFromOutsiders() {
		User viewer = workspace.member(project, owner, "viewer");
		User outsider = workspace.newUser("outsider");
		api.put(base, DIAGRAM, owner.auth());
		publish(PNG, "image/png");

		assertThat(api.get(base, viewer.auth()).status()).isEqualTo(200);
		assertThat(api.get(base + "/diagram-url", viewer.auth()).status()).isEqualTo(200);
		assertThat(api.put(base, DIAGRAM, viewer.auth()).status()).isEqualTo(403);
		assertThat(api.post(base + "/diagram", upload(PNG, "image/png"), viewer.auth()).status()).isEqualTo(403);
		assertThat(api.post(base + "/diagram/upload-url", Map.of("contentType", "image/png"), viewer.auth()).status())
			.isEqualTo(403);
		for (var response : List.of(api.get(base, outsider.auth()), api.put(base, DIAGRAM, outsider.auth()),
				api.get(base + "/versions", outsider.auth()), api.get(base + "/diagram-url", outsider.auth()),
				api.post(base + "/diagram", upload(PNG, "image/png"), outsider.auth()),
				api.post(base + "/diagram/upload-url", Map.of("contentType", "image/png"), outsider.auth()))) {
			assertThat(response.status()).as(response.body()).isEqualTo(404);
		}
		assertThat(api.get("/api/architecture/" + project).status()).isEqualTo(401);
	}

	@Nested
	class Image {

		@Test
		void namesThePublishedImageInTheCurrentArchitectureOnly() {
			api.put(base, DIAGRAM, owner.auth());
			assertThat(api.get(base, owner.auth()).data().has("image")).isFalse();

			publish(PNG, "image/png");

			var current = api.get(base, owner.auth()).data();
			assertThat(current.path("image").path("contentType").asString()).isEqualTo("image/png");
			assertThat(current.path("image").path("sizeBytes").asLong()).isEqualTo(PNG.length);
			assertThat(api.get(base + "/versions/1", owner.auth()).data().has("image")).isFalse();
		}

		@Test
		void servesAPublishedPngAsAnAttachmentOfItsType() {
			assertThat(api.get(base + "/diagram-url", owner.auth()).status()).isEqualTo(404);

			var published = publish(PNG, "image/png");

			assertThat(published.data().path("contentType").asString()).isEqualTo("image/png");
			assertThat(published.data().path("sizeBytes").asLong()).isEqualTo(PNG.length);
			var link = api.get(base + "/diagram-url", owner.auth());
			assertThat(link.status()).as(link.body()).isEqualTo(200);
			assertThat(Instant.parse(link.data().path("expiresAt").asString())).isAfter(Instant.now());
			HttpResponse<byte[]> image = fetch(link.data().path("url").asString());
			assertThat(image.statusCode()).isEqualTo(200);
			assertThat(image.body()).isEqualTo(PNG);
			assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
			assertThat(image.headers().firstValue("Content-Disposition")).hasValueSatisfying(
					disposition -> assertThat(disposition).startsWith("attachment"));
			assertThat(keys()).singleElement().satisfies(key -> assertThat(key).matches(
					"architectures/" + project + "/[0-9a-f-]{36}/diagram\\.png"));
		}

		@Test
		void sanitisesAnSvgAndReplacesThePngBeforeIt() {
			publish(PNG, "image/png");

			var published = publish(SVG.getBytes(StandardCharsets.UTF_8), "image/svg+xml");

			assertThat(published.data().path("contentType").asString()).isEqualTo("image/svg+xml");
			String url = api.get(base + "/diagram-url", owner.auth()).data().path("url").asString();
			HttpResponse<byte[]> image = fetch(url);
			String svg = new String(image.body(), StandardCharsets.UTF_8);
			assertThat(svg).contains("<rect", "#123456").doesNotContain("script", "alert", "onload");
			assertThat(image.headers().firstValue("Content-Type")).contains("image/svg+xml");
			assertThat(image.headers().firstValue("Content-Disposition")).hasValueSatisfying(
					disposition -> assertThat(disposition).startsWith("attachment"));
			assertThat(keys()).singleElement().satisfies(key -> assertThat(key).endsWith("/diagram.svg"));
		}

		@Test
		void refusesContentThatIsNotItsDeclaredTypeOrTooLarge() {
			for (var refused : List.of(
					api.post(base + "/diagram", upload("GIF89a...".getBytes(StandardCharsets.UTF_8), "image/png"),
							owner.auth()),
					api.post(base + "/diagram", upload(PNG, "image/svg+xml"), owner.auth()),
					api.post(base + "/diagram", upload(
							"<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8), "image/svg+xml"),
							owner.auth()),
					api.post(base + "/diagram", upload(new byte[5 * 1024 * 1024 + 1], "image/png"), owner.auth()))) {
				assertThat(refused.status()).as(refused.body()).isEqualTo(400);
				assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
				assertThat(refused.tree().path("error").path("details").get(0).path("field").asString())
					.isEqualTo("diagramData");
			}
			var tooLong = api.post(base + "/diagram", upload(new byte[5 * 1024 * 1024 + 4096], "image/png"),
					owner.auth());
			assertThat(tooLong.status()).isEqualTo(400);
			assertThat(tooLong.errorCode()).isEqualTo("BAD_REQUEST");
			assertThat(api.get(base + "/diagram-url", owner.auth()).status()).isEqualTo(404);
			assertThat(keys()).isEmpty();
		}

		@Test
		void publishesAPresignedUploadOnlyOnceItsContentIsChecked() {
			var ticket = api.post(base + "/diagram/upload-url", Map.of("contentType", "image/png"), owner.auth());
			assertThat(ticket.status()).as(ticket.body()).isEqualTo(200);
			String uploadId = ticket.data().path("uploadId").asString();

			HttpResponse<Void> put = put(ticket.data().path("uploadUrl").asString(), PNG, "image/png");
			assertThat(put.statusCode()).isEqualTo(200);
			assertThat(api.get(base + "/diagram-url", owner.auth()).status()).isEqualTo(404);

			var confirmed = api.post(base + "/diagram/confirm", Map.of("uploadId", uploadId), owner.auth());
			assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
			assertThat(confirmed.data().path("sizeBytes").asLong()).isEqualTo(PNG.length);
			assertThat(fetch(api.get(base + "/diagram-url", owner.auth()).data().path("url").asString()).body())
				.isEqualTo(PNG);
			assertThat(keys()).singleElement().satisfies(key -> assertThat(key).endsWith("/diagram.png"));
			assertThat(api.post(base + "/diagram/confirm", Map.of("uploadId", uploadId), owner.auth()).status())
				.isEqualTo(404);
		}

		@Test
		void discardsAPresignedUploadWhoseContentIsNotItsType() {
			var ticket = api.post(base + "/diagram/upload-url", Map.of("contentType", "image/svg+xml"), owner.auth());
			put(ticket.data().path("uploadUrl").asString(), "<html/>".getBytes(StandardCharsets.UTF_8),
					"image/svg+xml");

			var refused = api.post(base + "/diagram/confirm",
					Map.of("uploadId", ticket.data().path("uploadId").asString()), owner.auth());

			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
			assertThat(api.get(base + "/diagram-url", owner.auth()).status()).isEqualTo(404);
			assertThat(keys()).isEmpty();
			assertThat(api.post(base + "/diagram/confirm", Map.of("uploadId", "../../x"), owner.auth()).status())
				.isEqualTo(404);
		}

	}

	@Test
	void deletingTheProjectRemovesItsSchemasArchitecturesAndImages() {
		api.put("/api/projects/" + project + "/schema", SchemaApiTests.CUSTOMERS, owner.auth());
		api.put(base, DIAGRAM, owner.auth());
		publish(PNG, "image/png");
		String table = resources.tableName(WorkspaceResources.TABLE);
		assertThat(keys()).hasSize(1);

		assertThat(api.delete("/api/projects/" + project, owner.auth()).status()).isEqualTo(200);

		Awaitility.await("project " + project + " deleted")
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> keys().isEmpty() && dynamo
				.query(b -> b.tableName(table)
					.keyConditionExpression("PK = :project")
					.expressionAttributeValues(Map.of(":project", Attributes.s(ProjectItems.partition(project))))
					.consistentRead(true))
				.items()
				.isEmpty());
	}

	private StratusApi.Response publish(byte[] content, String contentType) {
		var published = api.post(base + "/diagram", upload(content, contentType), owner.auth());
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		return published;
	}

	private static Map<String, String> upload(byte[] content, String contentType) {
		return Map.of("diagramData", Base64.getEncoder().encodeToString(content), "contentType", contentType);
	}

	/** The project's objects in the workspace bucket. */
	private List<String> keys() {
		return new WorkspaceBucket(s3, resources).keys(ProjectItems.objectPrefix("architectures/", project));
	}

}
