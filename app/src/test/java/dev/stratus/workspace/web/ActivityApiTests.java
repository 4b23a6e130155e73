package dev.stratus.workspace.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.workspace.ActivityTypes;
import dev.stratus.workspace.WorkspaceApiTest;
import dev.stratus.workspace.WorkspaceFixture.User;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Activity, Notifications, Analytics and Settings APIs against the local cloud, as the console calls them.
 */
@IntegrationTest
class ActivityApiTests extends WorkspaceApiTest {

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	@Test
	void listsAProjectsEntriesNewestFirstByTypeAndPage() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		for (int i = 0; i < 3; i++) {
			assertThat(api.put("/api/projects/" + project, Map.of("name", "Renamed " + i), owner.auth()).status())
				.isEqualTo(200);
		}
		User stranger = workspace.newUser("stranger");

		JsonNode first = api.get("/api/activity?projectId=" + project + "&limit=2", owner.auth()).data();
		JsonNode second = api
			.get("/api/activity?projectId=" + project + "&limit=2&nextToken=" + first.path("nextToken").asString(),
					owner.auth())
			.data();
		JsonNode updates = api.get("/api/activity?projectId=" + project + "&type=project_updated", owner.auth()).data();

		assertThat(types(first)).containsExactly("project_updated", "project_updated");
		assertThat(types(second)).containsExactly("project_updated", "project_created");
		assertThat(second.has("nextToken")).isFalse();
		assertThat(summaries(updates)).containsExactly("Updated project Renamed 2", "Updated project Renamed 1",
				"Updated project Renamed 0");
		assertThat(first.path("items").get(0).path("projectId").asString()).isEqualTo(project);
		assertThat(api.get("/api/activity?projectId=" + project, stranger.auth()).status()).isEqualTo(404);
		assertThat(api.get("/api/activity?type=Not-A-Type", owner.auth()).status()).isEqualTo(400);
	}

	@Test
	void feedsEachUserTheEntriesOfTheirProjectsAndTheirOwn() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User viewer = workspace.member(project, owner, "viewer");
		assertThat(api.put("/api/settings", Map.of("timeZone", "Asia/Tokyo"), viewer.auth()).status()).isEqualTo(200);

		Awaitility.await("the viewer's feed")
			.atMost(DEADLINE)
			.until(() -> types(api.get("/api/activity", viewer.auth()).data()),
					types -> types.containsAll(List.of("settings_updated", "team_member_added")));
		Awaitility.await("the owner's feed")
			.atMost(DEADLINE)
			.until(() -> types(api.get("/api/activity", owner.auth()).data()),
					types -> types.containsAll(List.of("project_created", "team_member_added")));
		assertThat(types(api.get("/api/activity", owner.auth()).data())).doesNotContain("settings_updated");
		assertThat(types(api.get("/api/activity?type=team_member_added", viewer.auth()).data()))
			.containsExactly("team_member_added");
	}

	@Test
	void countsUnreadAndMarksThemRead() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User editor = workspace.member(project, owner, "editor");
		workspace.member(project, owner, "viewer");
		Awaitility.await("two notifications")
			.atMost(DEADLINE)
			.until(() -> api.get("/api/notifications", owner.auth()).data().path("unreadCount").asLong(),
					count -> count == 2);
		JsonNode page = api.get("/api/notifications", owner.auth()).data();
		String newest = page.path("items").get(0).path("id").asString();
		assertThat(page.path("items").get(0).path("title").asString()).isEqualTo("New team member");
		assertThat(page.path("items").get(0).has("readAt")).isFalse();

		assertThat(api.post("/api/notifications/" + newest + "/read", "", editor.auth()).status()).isEqualTo(404);
		var read = api.post("/api/notifications/" + newest + "/read", "", owner.auth());
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.data().path("readAt").asString()).isNotEmpty();
		assertThat(api.post("/api/notifications/" + newest + "/read", "", owner.auth()).status()).isEqualTo(200);
		JsonNode afterOne = api.get("/api/notifications?unread=true", owner.auth()).data();
		assertThat(afterOne.path("unreadCount").asLong()).isEqualTo(1);
		assertThat(afterOne.path("items")).hasSize(1);

		var all = api.post("/api/notifications/read-all", "", owner.auth());
		assertThat(all.data().path("marked").asLong()).isEqualTo(1);
		JsonNode afterAll = api.get("/api/notifications", owner.auth()).data();
		assertThat(afterAll.path("unreadCount").asLong()).isZero();
		assertThat(afterAll.path("items")).hasSize(2);
		assertThat(api.get("/api/notifications?unread=true", owner.auth()).data().path("items")).isEmpty();
		assertThat(api.post("/api/notifications/no-such-id/read", "", owner.auth()).status()).isEqualTo(404);
	}

	@Test
	void chartsZeroFilledBucketsOldestFirstPerProjectAndForAll() {
		User owner = workspace.newUser("owner");
		String first = workspace.project(owner);
		String second = workspace.project(owner);
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
		Awaitility.await("both projects counted")
			.atMost(DEADLINE)
			.until(() -> total(chart(owner, "activity", "24h", null)), total -> total == 2);

		JsonNode hourly = chart(owner, "activity", "24h", first);
		JsonNode daily = chart(owner, "activity", "30d", null);

		assertThat(hourly.path("chartType").asString()).isEqualTo("activity");
		assertThat(hourly.path("buckets")).hasSize(24);
		assertThat(hourly.path("buckets").get(0).path("start").asString())
			.isEqualTo(hour.minus(Duration.ofHours(23)).toString().replace("Z", ".000Z"));
		assertThat(hourly.path("buckets").get(23).path("count").asLong()).isEqualTo(1);
		assertThat(hourly.path("buckets").get(22).path("count").asLong()).isZero();
		assertThat(total(hourly)).isEqualTo(1);
		assertThat(total(chart(owner, "activity", "24h", second))).isEqualTo(1);
		assertThat(daily.path("buckets")).hasSize(30);
		assertThat(daily.path("buckets").get(29).path("start").asString()).endsWith("T00:00:00.000Z");
		assertThat(total(daily)).isEqualTo(2);
		assertThat(chart(owner, "deployments", "7d", first).path("buckets")).hasSize(7);
		assertThat(total(chart(owner, "deployments", "7d", first))).isZero();
		JsonNode realtime = api.get("/api/analytics/realtime", owner.auth()).data();
		assertThat(realtime.path("activity").asLong()).isEqualTo(2);
		assertThat(realtime.path("deployments").asLong()).isZero();
		User stranger = workspace.newUser("stranger");
		assertThat(api.get("/api/analytics/realtime?projectId=" + first, stranger.auth()).status()).isEqualTo(404);
	}

	@Test
	void keepsSettingsWithDefaultsUntilChanged() {
		User user = workspace.newUser("settings");

		JsonNode defaults = api.get("/api/settings", user.auth()).data();
		var changed = api.put("/api/settings", Map.of("displayName", "Ada L.", "notifications",
				Map.of("deployment_success", Map.of("inApp", false, "email", true))), user.auth());

		assertThat(defaults.path("timeZone").asString()).isEqualTo("UTC");
		assertThat(defaults.path("displayName").asString()).isNotEmpty();
		assertThat(defaults.path("notifications").propertyNames()).containsExactlyInAnyOrderElementsOf(
				ActivityTypes.NOTIFYING);
		assertThat(defaults.path("notifications").path("security_alert").path("email").asBoolean()).isTrue();
		assertThat(defaults.path("notifications").path("deployment_success").path("email").asBoolean()).isFalse();
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		JsonNode now = api.get("/api/settings", user.auth()).data();
		assertThat(now.path("displayName").asString()).isEqualTo("Ada L.");
		assertThat(now.path("timeZone").asString()).isEqualTo("UTC");
		assertThat(now.path("notifications").path("deployment_success").path("inApp").asBoolean()).isFalse();
		assertThat(now.path("notifications").path("deployment_failed").path("email").asBoolean()).isTrue();
	}

	private JsonNode chart(User user, String type, String period, String projectId) {
		var answer = api.get("/api/analytics/chart-data?chartType=" + type + "&period=" + period
				+ (projectId == null ? "" : "&projectId=" + projectId), user.auth());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.data();
	}

	private static long total(JsonNode chart) {
		long total = 0;
		for (JsonNode bucket : chart.path("buckets")) {
			total += bucket.path("count").asLong();
		}
		return total;
	}

	private static List<String> types(JsonNode page) {
		List<String> types = new ArrayList<>();
		page.path("items").forEach(item -> types.add(item.path("type").asString()));
		return types;
	}

	private static List<String> summaries(JsonNode page) {
		List<String> summaries = new ArrayList<>();
		page.path("items").forEach(item -> summaries.add(item.path("summary").asString()));
		return summaries;
	}

}
