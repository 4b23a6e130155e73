package dev.stratus.workspace.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.workspace.WorkspaceApiTest;
import dev.stratus.workspace.WorkspaceFixture.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Home and Dashboard over HTTP: the caller's own projects, activity and counts, nobody else's. */
@IntegrationTest
class OverviewApiTests extends WorkspaceApiTest {

	@Test
	void showsTheCallersRecentProjectsAndActivityAndCountsThem() {
		User owner = workspace.newUser("owner");
		String first = workspace.project(owner);
		String second = workspace.project(owner);
		User editor = workspace.member(first, owner, "editor");
		workspace.member(second, owner, "viewer");
		assertThat(api.put("/api/projects/" + second, Map.of("name", "Renamed"), owner.auth()).status())
			.isEqualTo(200);
		workspace.project(workspace.newUser("stranger"));

		var home = api.get("/api/home", owner.auth());
		assertThat(home.status()).as(home.body()).isEqualTo(200);
		assertThat(ids(home.data().path("recentProjects"))).containsExactly(second, first);
		List<String> types = new ArrayList<>();
		home.data().path("recentActivity").forEach(entry -> types.add(entry.path("type").asString()));
		assertThat(types).containsExactly("project_updated", "team_member_invited", "team_member_invited",
				"project_created", "project_created");
		JsonNode latest = home.data().path("recentActivity").get(0);
		assertThat(latest.path("projectId").asString()).isEqualTo(second);
		assertThat(latest.path("userId").asString()).isEqualTo(owner.id());
		assertThat(latest.path("summary").asString()).isEqualTo("Updated project Renamed");

		var dashboard = api.get("/api/dashboard", owner.auth());
		assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
		assertThat(dashboard.data().path("projects").asLong()).isEqualTo(2);
		assertThat(dashboard.data().path("teamMembers").asLong()).isEqualTo(3);
		assertThat(dashboard.data().path("generations").asLong()).isZero();
		assertThat(dashboard.data().path("deploymentsByStatus").path("SUCCEEDED").asLong()).isZero();
		assertThat(dashboard.data().path("deploymentsByStatus").size()).isEqualTo(7);
		assertThat(dashboard.data().path("activity24h").asLong()).isEqualTo(5);

		var editorsDashboard = api.get("/api/dashboard", editor.auth()).data();
		assertThat(editorsDashboard.path("projects").asLong()).isEqualTo(1);
		assertThat(editorsDashboard.path("teamMembers").asLong()).isEqualTo(2);
		assertThat(editorsDashboard.path("activity24h").asLong()).isEqualTo(1);
	}

	private static List<String> ids(JsonNode projects) {
		List<String> ids = new ArrayList<>();
		projects.forEach(project -> ids.add(project.path("id").asString()));
		return ids;
	}

}
