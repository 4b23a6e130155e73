package dev.stratus.workspace.internal.activity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.TestSchemas;
import dev.stratus.workspace.WorkspaceApiTest;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.ProjectItems;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change writes exactly one activity entry, and a refused one none: a seeded random series of changes
 * through the API against the entries listed afterwards; and, at the level the guarantee lives, a change and its
 * entry (and its fan-out's outbox entry) are one transaction, so a cancelled one leaves none of them. (A kill -9
 * between them is not tested with a second process: there is no moment between them to kill.)
 */
@IntegrationTest
class ActivityCompletenessTests extends WorkspaceApiTest {

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	ActivityLog activities;

	@Autowired
	CloudResources resources;

	@Test
	void writesOneEntryForEachChangeAndNoneForARefusedOne() {
		long seed = System.nanoTime();
		System.out.println("ActivityCompletenessTests seed: " + seed);
		Random random = new Random(seed);
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User member = workspace.member(project, owner, "editor");
		Map<String, Integer> expected = new HashMap<>(
				Map.of("project_created", 1, "team_member_invited", 1, "team_member_added", 1));
		String role = "editor";
		for (int step = 0; step < 20; step++) {
			String type = switch (random.nextInt(5)) {
				case 0 -> ok(api.put("/api/projects/" + project, Map.of("name", "Name " + step), owner.auth()),
						"project_updated");
				case 1 -> {
					TestSchemas.save(api, owner, project, TestSchemas.SHOP);
					yield "schema_saved";
				}
				case 2 -> ok(api.post("/api/projects/" + project + "/invitations",
						Map.of("email", TestUsers.newEmail("invited"), "role", "viewer"), owner.auth()),
						"team_member_invited");
				case 3 -> {
					role = role.equals("editor") ? "viewer" : "editor";
					yield ok(api.patch("/api/projects/" + project + "/members/" + member.id(), Map.of("role", role),
							owner.auth()), "team_member_role_changed");
				}
				default -> refused(api.put("/api/projects/" + project, Map.of("name", "x"), owner.auth()));
			};
			if (type != null) {
				expected.merge(type, 1, Integer::sum);
			}
		}

		assertThat(counts(entries(project, owner))).as("seed %d", seed).isEqualTo(expected);
	}

	@Test
	void leavesNeitherChangeNorEntryWhenTheTransactionIsCancelled() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		String table = resources.tableName(WorkspaceResources.TABLE);
		Activity activity = ActivityLog.of("project_updated", project, owner.id(), "Updated project",
				Instant.now().truncatedTo(ChronoUnit.MILLIS));
		var change = Attributes.key(ProjectItems.partition(project), "TEST#change");
		LabelledWrites writes = new LabelledWrites()
			.add("change", TransactWriteItem.builder().put(put -> put.tableName(table).item(change)).build())
			.addAll(activities.entry(activity).writes())
			.add("refused", TransactWriteItem.builder()
				.conditionCheck(check -> check.tableName(table)
					.key(ProjectItems.meta(project))
					.conditionExpression("attribute_not_exists(PK)"))
				.build());

		assertThatThrownBy(() -> dynamo.transactWriteItems(b -> b.transactItems(writes.items())))
			.isInstanceOf(TransactionCanceledException.class);

		assertThat(dynamo.getItem(b -> b.tableName(table).key(change).consistentRead(true)).item()).isNullOrEmpty();
		assertThat(activities.latestInProject(project, 10)).extracting(Activity::id).doesNotContain(activity.id());
		assertThat(dynamo.getItem(b -> b.tableName(table)
			.key(Attributes.key("OUTBOX#" + ProjectItems.partition(project) + "|" + ProjectItems.ACTIVITY
					+ Attributes.timeKey(activity.createdAt(), activity.id()), "OUTBOX#activity-fanout"))
			.consistentRead(true)).item()).isNullOrEmpty();
	}

	private static String ok(StratusApi.Response response, String type) {
		assertThat(response.status()).as(response.body()).isBetween(200, 201);
		return type;
	}

	private static String refused(StratusApi.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		return null;
	}

	private List<JsonNode> entries(String project, User user) {
		List<JsonNode> entries = new ArrayList<>();
		String token = null;
		do {
			JsonNode page = api.get("/api/activity?projectId=" + project + "&limit=100"
					+ (token == null ? "" : "&nextToken=" + token), user.auth()).data();
			page.path("items").forEach(entries::add);
			token = page.has("nextToken") ? page.path("nextToken").asString() : null;
		}
		while (token != null);
		return entries;
	}

	private static Map<String, Integer> counts(List<JsonNode> entries) {
		Map<String, Integer> counts = new HashMap<>();
		entries.forEach(entry -> counts.merge(entry.path("type").asString(), 1, Integer::sum));
		return counts;
	}

}
