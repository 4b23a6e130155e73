package dev.stratus.workspace.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.mail.MailboxReader;
import dev.stratus.workspace.WorkspaceFixture;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Team part of the workspace contract over HTTP: invitations read from the local inbox and
 * accepted, refused when expired, reused or for another email (changing nothing), role changes and
 * removals by owners, leaving, and the last owner, also under concurrent changes.
 */
@IntegrationTest
class TeamApiTests {

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LocalCloudConnection cloud;

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	CloudResources resources;

	WorkspaceFixture workspace;

	User owner;

	String project;

	@BeforeEach
	void project() {
		workspace = new WorkspaceFixture(api, testUsers, cloud);
		owner = workspace.newUser("owner");
		project = workspace.project(owner);
	}

	@Test
	void emailsASingleUseLinkThatMakesTheInviteeAMemberWithTheInvitedRole() {
		User invitee = workspace.newUser("invitee");
		var invited = api.post("/api/projects/" + project + "/invitations",
				Map.of("email", invitee.email().toUpperCase(java.util.Locale.ROOT), "role", "editor"), owner.auth());
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		assertThat(invited.data().path("email").asString()).isEqualTo(invitee.email());
		assertThat(invited.data().path("role").asString()).isEqualTo("editor");
		assertThat(invited.body()).doesNotContain("token");
		assertThat(Instant.parse(invited.data().path("expiresAt").asString()))
			.isEqualTo(Instant.parse(invited.data().path("createdAt").asString()).plus(java.time.Duration.ofDays(7)));
		MailboxReader.ReceivedMail mail = new MailboxReader(cloud).withSubject(invitee.email(), "Invitation").get(0);
		assertThat(mail.body()).contains("/invitations/").contains("editor");

		String token = mail.body().replaceAll("(?s).*/invitations/([A-Za-z0-9_-]{43}).*", "$1");
		var accepted = api.post("/api/invitations/" + token + "/accept", "", invitee.auth());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.data().path("id").asString()).isEqualTo(project);
		assertThat(accepted.data().path("role").asString()).isEqualTo("editor");

		var members = api.get("/api/projects/" + project + "/members", invitee.auth());
		assertThat(members.status()).isEqualTo(200);
		assertThat(members.data().path("count").asInt()).isEqualTo(2);
		JsonNode joined = member(members.data(), invitee.id());
		assertThat(joined.path("email").asString()).isEqualTo(invitee.email());
		assertThat(joined.path("name").asString()).isEqualTo("Test User");
		assertThat(joined.path("role").asString()).isEqualTo("editor");
		assertThat(joined.path("joinedAt").asString()).isNotBlank();
		assertThat(member(members.data(), owner.id()).path("role").asString()).isEqualTo("owner");
	}

	@Test
	void refusesAReusedInvitation() {
		User invitee = workspace.newUser("invitee");
		String token = workspace.invite(project, owner, invitee.email(), "viewer");
		workspace.accept(token, invitee);

		var again = api.post("/api/invitations/" + token + "/accept", "", invitee.auth());

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.errorCode()).isEqualTo("CONFLICT");
		assertThat(again.tree().path("error").path("details").path("reason").asString()).isEqualTo("used");
	}

	@Test
	void refusesAnotherEmailAndLeavesTheInvitationUsable() {
		User invitee = workspace.newUser("invitee");
		User other = workspace.newUser("other");
		String token = workspace.invite(project, owner, invitee.email(), "viewer");

		var wrong = api.post("/api/invitations/" + token + "/accept", "", other.auth());

		assertThat(wrong.status()).isEqualTo(403);
		assertThat(wrong.errorCode()).isEqualTo("FORBIDDEN");
		assertThat(api.get("/api/projects/" + project, other.auth()).status()).isEqualTo(404);
		workspace.accept(token, invitee);
	}

	@Test
	void refusesAnExpiredInvitationAndChangesNothing() {
		User invitee = workspace.newUser("invitee");
		String token = workspace.invite(project, owner, invitee.email(), "editor");
		ageInvitations(project);

		var expired = api.post("/api/invitations/" + token + "/accept", "", invitee.auth());

		assertThat(expired.status()).isEqualTo(409);
		assertThat(expired.tree().path("error").path("details").path("reason").asString()).isEqualTo("expired");
		assertThat(api.get("/api/projects/" + project, invitee.auth()).status()).isEqualTo(404);
		assertThat(api.get("/api/projects/" + project + "/members", owner.auth()).data().path("count").asInt())
			.isEqualTo(1);
	}

	@Test
	void answersAnUnknownTokenWithNotFound() {
		User user = workspace.newUser("guesser");
		var unknown = api.post("/api/invitations/" + "A".repeat(43) + "/accept", "", user.auth());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(api.post("/api/invitations/short/accept", "", user.auth()).status()).isEqualTo(404);
	}

	@Test
	void keepsTheLastOwnerFromLeavingOrBeingDemoted() {
		String self = "/api/projects/" + project + "/members/" + owner.id();

		var leave = api.delete(self, owner.auth());
		assertThat(leave.status()).isEqualTo(409);
		assertThat(leave.errorCode()).isEqualTo("CONFLICT");
		var demote = api.patch(self, Map.of("role", "editor"), owner.auth());
		assertThat(demote.status()).isEqualTo(409);

		User second = workspace.member(project, owner, "editor");
		var promoted = api.patch("/api/projects/" + project + "/members/" + second.id(), Map.of("role", "owner"),
				owner.auth());
		assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
		assertThat(promoted.data().path("role").asString()).isEqualTo("owner");
		assertThat(api.delete(self, owner.auth()).status()).isEqualTo(200);
		assertThat(api.get("/api/projects/" + project, owner.auth()).status()).isEqualTo(404);
		assertThat(api.get("/api/projects/" + project, second.auth()).data().path("role").asString())
			.isEqualTo("owner");
	}

	@Test
	void letsOnlyOneOfTwoOwnersDemotingThemselvesAtOnceSucceed() throws Exception {
		User second = workspace.member(project, owner, "owner");
		List<Callable<Integer>> demotions = new ArrayList<>();
		for (User each : List.of(owner, second)) {
			demotions.add(() -> api.patch("/api/projects/" + project + "/members/" + each.id(),
					Map.of("role", "viewer"), each.auth()).status());
		}
		List<Integer> statuses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (Future<Integer> status : pool.invokeAll(demotions)) {
				statuses.add(status.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		var members = api.get("/api/projects/" + project + "/members", owner.auth()).data();
		assertThat(List.of(member(members, owner.id()).path("role").asString(),
				member(members, second.id()).path("role").asString()))
			.containsExactlyInAnyOrder("owner", "viewer");
	}

	@Test
	void letsAMemberLeaveButNotRemoveOthers() {
		User editor = workspace.member(project, owner, "editor");
		User viewer = workspace.member(project, owner, "viewer");

		assertThat(api.delete("/api/projects/" + project + "/members/" + viewer.id(), editor.auth()).status())
			.isEqualTo(403);
		var left = api.delete("/api/projects/" + project + "/members/" + viewer.id(), viewer.auth());
		assertThat(left.status()).as(left.body()).isEqualTo(200);
		assertThat(api.get("/api/projects/" + project, viewer.auth()).status()).isEqualTo(404);
		assertThat(api.get("/api/projects", viewer.auth()).data().path("count").asInt()).isZero();
	}

	/** Moves every invitation of the project past its expiry, as 7 days would. */
	private void ageInvitations(String projectId) {
		String table = resources.tableName(WorkspaceResources.TABLE);
		dynamo
			.query(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :invite)")
				.expressionAttributeValues(
						Map.of(":project", Attributes.s("PROJECT#" + projectId), ":invite", Attributes.s("INVITE#"))))
			.items()
			.forEach(item -> dynamo.updateItem(b -> b.tableName(table)
				.key(Map.of("PK", item.get("PK"), "SK", item.get("SK")))
				.updateExpression("SET expiresAt = :past")
				.expressionAttributeValues(Map.of(":past", Attributes.time(Instant.now().minusSeconds(1))))));
	}

	private static JsonNode member(JsonNode page, String userId) {
		for (JsonNode item : page.path("items")) {
			if (item.path("userId").asString().equals(userId)) {
				return item;
			}
		}
		throw new AssertionError("No member " + userId + " in " + page);
	}

}
