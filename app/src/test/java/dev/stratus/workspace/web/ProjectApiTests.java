package dev.stratus.workspace.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.workspace.WorkspaceFixture;
import dev.stratus.workspace.WorkspaceFixture.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Projects part of the workspace contract over HTTP against the running app and the local cloud. */
@IntegrationTest
class ProjectApiTests {

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LocalCloudConnection cloud;

	WorkspaceFixture workspace;

	@BeforeEach
	void fixture() {
		workspace = new WorkspaceFixture(api, testUsers, cloud);
	}

	@Test
	void createsAProjectOwnedByItsCreator() {
		User owner = workspace.newUser("creator");
		JsonNode project = workspace.project(owner, "  Billing service  ");

		assertThat(project.path("id").asString()).matches("[0-9a-f-]{36}");
		assertThat(project.path("name").asString()).isEqualTo("Billing service");
		assertThat(project.path("description").asString()).isEqualTo("A project for tests");
		assertThat(project.path("stack").asString()).isEqualTo("spring-boot");
		assertThat(project.path("visibility").asString()).isEqualTo("team");
		assertThat(project.path("role").asString()).isEqualTo("owner");
		assertThat(project.path("createdBy").asString()).isEqualTo(owner.id());
		assertThat(project.path("createdAt").asString()).isEqualTo(project.path("updatedAt").asString());

		var read = api.get("/api/projects/" + project.path("id").asString(), owner.auth());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.data()).isEqualTo(project);
	}

	@Test
	void listsTheCallersProjectsNewestFirstPageByPage() {
		User owner = workspace.newUser("lister");
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			created.add(workspace.project(owner));
		}
		User stranger = workspace.newUser("stranger");
		workspace.project(stranger);

		var first = api.get("/api/projects?limit=2", owner.auth());
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(ids(first.data())).containsExactly(created.get(2), created.get(1));
		assertThat(first.data().path("count").asInt()).isEqualTo(2);
		String next = first.data().path("nextToken").asString();
		var second = api.get("/api/projects?limit=2&nextToken=" + next, owner.auth());
		assertThat(ids(second.data())).containsExactly(created.get(0));
		assertThat(second.data().has("nextToken")).isFalse();
		assertThat(second.data().path("items").get(0).path("role").asString()).isEqualTo("owner");
	}

	@Test
	void refusesAPageTokenIssuedToAnotherUser() {
		User owner = workspace.newUser("token-owner");
		workspace.project(owner);
		workspace.project(owner);
		String next = api.get("/api/projects?limit=1", owner.auth()).data().path("nextToken").asString();
		User other = workspace.newUser("token-thief");

		var stolen = api.get("/api/projects?limit=1&nextToken=" + next, other.auth());

		assertThat(stolen.status()).isEqualTo(400);
		assertThat(stolen.errorCode()).isEqualTo("VALIDATION_ERROR");
	}

	@Test
	void listsProjectsJoinedByInvitationWithTheMembersRole() {
		User owner = workspace.newUser("host");
		String projectId = workspace.project(owner);
		User viewer = workspace.member(projectId, owner, "viewer");

		var listed = api.get("/api/projects", viewer.auth());

		assertThat(ids(listed.data())).containsExactly(projectId);
		assertThat(listed.data().path("items").get(0).path("role").asString()).isEqualTo("viewer");
	}

	@Test
	void updatesOnlyTheFieldsSentAndClearsTheDescriptionWhenSentAsNull() {
		User owner = workspace.newUser("editor");
		JsonNode before = workspace.project(owner, "Before");
		String id = before.path("id").asString();

		var renamed = api.put("/api/projects/" + id, Map.of("name", "After", "stack", "react-vite"), owner.auth());
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.data().path("name").asString()).isEqualTo("After");
		assertThat(renamed.data().path("stack").asString()).isEqualTo("react-vite");
		assertThat(renamed.data().path("description").asString()).isEqualTo("A project for tests");
		assertThat(renamed.data().path("visibility").asString()).isEqualTo("team");
		assertThat(renamed.data().path("updatedAt").asString())
			.isGreaterThanOrEqualTo(before.path("updatedAt").asString());

		var cleared = api.put("/api/projects/" + id, "{\"description\": null}", owner.auth());
		assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
		assertThat(cleared.data().has("description")).isFalse();
		assertThat(api.get("/api/projects/" + id, owner.auth()).data().has("description")).isFalse();
	}

	@Test
	void answersAnUnknownOrMalformedProjectIdWithNotFound() {
		User user = workspace.newUser("seeker");
		assertThat(api.get("/api/projects/00000000-0000-0000-0000-000000000000", user.auth()).status())
			.isEqualTo(404);
		var malformed = api.get("/api/projects/not-a-project", user.auth());
		assertThat(malformed.status()).isEqualTo(404);
		assertThat(malformed.errorCode()).isEqualTo("NOT_FOUND");
	}

	@Test
	void refusesAnonymousCallers() {
		assertThat(api.get("/api/projects").status()).isEqualTo(401);
		assertThat(api.post("/api/invitations/abc/accept", "").status()).isEqualTo(401);
	}

	static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asString()));
		return ids;
	}

}
