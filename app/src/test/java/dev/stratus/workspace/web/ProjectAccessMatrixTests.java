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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team role × project route: owners, editors, viewers and outsiders (who own another project) against
 * every route of one project, with the status each must get. Outsiders get 404 everywhere, as for a
 * project that does not exist; members whose role is too low get 403. The writes of lower roles are
 * tried before the owner's, so a refusal is never explained by an earlier success.
 */
@IntegrationTest
class ProjectAccessMatrixTests {

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LocalCloudConnection cloud;

	record Call(String who, String method, String path, Object body, int expected) {
	}

	@Test
	void answersEachRoleOnEachRouteAsTheContractSays() {
		WorkspaceFixture workspace = new WorkspaceFixture(api, testUsers, cloud);
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User editor = workspace.member(project, owner, "editor");
		User viewer = workspace.member(project, owner, "viewer");
		User spare = workspace.member(project, owner, "viewer");
		User outsider = workspace.newUser("outsider");
		String othersProject = workspace.project(outsider);
		Map<String, User> callers = Map.of("owner", owner, "editor", editor, "viewer", viewer, "outsider", outsider);
		String base = "/api/projects/" + project;
		String spareMember = base + "/members/" + spare.id();

		List<Call> calls = new ArrayList<>();
		for (String who : List.of("owner", "editor", "viewer", "outsider")) {
			int read = "outsider".equals(who) ? 404 : 200;
			calls.add(new Call(who, "GET", base, "", read));
			calls.add(new Call(who, "GET", base + "/members", "", read));
		}
		calls.add(new Call("owner", "GET", "/api/projects/" + othersProject, "", 404));
		calls.add(new Call("owner", "GET", "/api/projects/" + othersProject + "/members", "", 404));
		calls.add(new Call("owner", "PUT", "/api/projects/" + othersProject, Map.of("name", "Taken over"), 404));
		calls.add(new Call("owner", "DELETE", "/api/projects/" + othersProject, "", 404));
		calls.add(new Call("owner", "DELETE", "/api/projects/" + othersProject + "/members/" + outsider.id(), "", 404));
		Map<String, Integer> lowerRoles = Map.of("viewer", 403, "outsider", 404);
		lowerRoles.forEach((who, status) -> calls.add(new Call(who, "PUT", base, Map.of("name", "Renamed"), status)));
		calls.add(new Call("editor", "PUT", base, Map.of("name", "Renamed by editor"), 200));
		calls.add(new Call("owner", "PUT", base, Map.of("name", "Renamed by owner"), 200));
		Map<String, Integer> nonOwners = Map.of("editor", 403, "viewer", 403, "outsider", 404);
		nonOwners.forEach((who, status) -> {
			calls.add(new Call(who, "POST", base + "/invitations",
					Map.of("email", TestUsers.newEmail("invitee"), "role", "viewer"), status));
			calls.add(new Call(who, "PATCH", spareMember, Map.of("role", "editor"), status));
			calls.add(new Call(who, "DELETE", spareMember, "", status));
			calls.add(new Call(who, "DELETE", base, "", status));
		});
		calls.add(new Call("owner", "PATCH", base + "/members/" + outsider.id(), Map.of("role", "editor"), 404));
		calls.add(new Call("owner", "POST", base + "/invitations",
				Map.of("email", TestUsers.newEmail("invitee"), "role", "editor"), 201));
		calls.add(new Call("owner", "PATCH", spareMember, Map.of("role", "editor"), 200));
		calls.add(new Call("owner", "DELETE", spareMember, "", 200));
		calls.add(new Call("owner", "DELETE", base, "", 200));
		calls.add(new Call("owner", "GET", base, "", 404));

		List<String> wrong = new ArrayList<>();
		for (Call call : calls) {
			String[] auth = callers.get(call.who()).auth();
			StratusApi.Response response = switch (call.method()) {
				case "GET" -> api.get(call.path(), auth);
				case "PUT" -> api.put(call.path(), call.body(), auth);
				case "POST" -> api.post(call.path(), call.body(), auth);
				case "PATCH" -> api.patch(call.path(), call.body(), auth);
				default -> api.delete(call.path(), auth);
			};
			if (response.status() != call.expected()) {
				wrong.add(call + " got " + response.status() + " " + response.body());
			}
		}
		assertThat(wrong).isEmpty();
	}

}
