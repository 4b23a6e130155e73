package dev.stratus.workspace.internal.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stratus.IntegrationTest;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.platform.mail.MailboxReader;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.WorkspaceApiTest;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.ProjectItems;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fan-out of activity entries against the local cloud: once per entry and user however often its message
 * comes, exact counters under concurrent entries, and each user's notification preferences.
 */
@IntegrationTest
class ActivityFanoutTests extends WorkspaceApiTest {

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	private static final JobHandler.Attempt AGAIN = new JobHandler.Attempt(2, Duration.ofSeconds(1),
			Duration.ofSeconds(30));

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	ActivityLog activities;

	@Autowired
	ActivityFanout fanout;

	@Autowired
	CloudResources resources;

	MailboxReader mailbox;

	@BeforeEach
	void inbox() {
		mailbox = new MailboxReader(cloud());
	}

	@Test
	void changesNothingTwiceWhenAMessageComesAgain() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		Activity failed = record("deployment_failed", project, owner);
		awaitFannedOut(project);
		long activityBefore = total("activity", project, owner);
		long mineBefore = total("activity", null, owner);

		fanout.handle(ref(failed), AGAIN);
		clearFannedOut(failed);
		fanout.handle(ref(failed), AGAIN);

		JsonNode notifications = api.get("/api/notifications", owner.auth()).data();
		assertThat(notifications.path("unreadCount").asLong()).isEqualTo(1);
		assertThat(notifications.path("items")).hasSize(1);
		assertThat(notifications.path("items").get(0).path("id").asString()).isEqualTo(failed.id());
		assertThat(total("activity", project, owner)).isEqualTo(activityBefore).isEqualTo(2);
		assertThat(total("activity", null, owner)).isEqualTo(mineBefore).isEqualTo(2);
		assertThat(mailbox.withSubject(owner.email(), "Deployment failed")).hasSize(1);
		assertThat(feed(owner).stream().filter(failed.id()::equals)).hasSize(1);
	}

	@Test
	void countsConcurrentEntriesExactly() throws Exception {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User editor = workspace.member(project, owner, "editor");
		int entries = 50;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(10);
		try {
			List<Future<Activity>> written = new ArrayList<>();
			for (int i = 0; i < entries; i++) {
				written.add(threads.submit(() -> {
					start.await();
					return record("generation_requested", project, editor);
				}));
			}
			start.countDown();
			for (Future<Activity> activity : written) {
				activity.get();
			}
		}
		finally {
			threads.shutdown();
		}
		awaitFannedOut(project);

		assertThat(total("generations", project, owner)).isEqualTo(entries);
		assertThat(total("generations", null, owner)).isEqualTo(entries);
		assertThat(total("generations", null, editor)).isEqualTo(entries);
		// project_created, team_member_invited and team_member_added besides the generations.
		assertThat(total("activity", project, owner)).isEqualTo(entries + 3);
		assertThat(days("generations", project, owner)).isEqualTo(entries);
		assertThat(total("deployments", project, owner)).isZero();
	}

	@Test
	void notifiesAsEachUserChose() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User viewer = workspace.member(project, owner, "viewer");
		var chosen = api.put("/api/settings",
				Map.of("notifications", Map.of("deployment_failed", Map.of("inApp", false, "email", true))),
				owner.auth());
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);

		Activity failed = record("deployment_failed", project, owner);
		Activity succeeded = record("deployment_success", project, owner);
		awaitFannedOut(project);
		clearFannedOut(failed);
		fanout.handle(ref(failed), AGAIN);

		// The owner was also told that the viewer joined.
		assertThat(notificationIds(owner)).contains(succeeded.id()).doesNotContain(failed.id());
		assertThat(notificationIds(viewer)).containsExactlyInAnyOrder(succeeded.id(), failed.id());
		assertThat(mailbox.withSubject(owner.email(), "Deployment failed")).hasSize(1);
		assertThat(mailbox.withSubject(viewer.email(), "Deployment failed")).hasSize(1);
		assertThat(mailbox.withSubject(owner.email(), "Deployment succeeded")).isEmpty();
	}

	@Test
	void notifiesTheTeamADeletedProjectHad() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User viewer = workspace.member(project, owner, "viewer");

		assertThat(api.delete("/api/projects/" + project, owner.auth()).status()).isEqualTo(200);

		Awaitility.await("the viewer hears of the deletion")
			.atMost(DEADLINE)
			.until(() -> types(viewer), types -> types.contains("project_deleted"));
		assertThat(types(owner)).contains("project_deleted");
	}

	@Test
	void notifiesTheRemovedMemberAndTheOwnersOnly() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User editor = workspace.member(project, owner, "editor");
		User viewer = workspace.member(project, owner, "viewer");

		assertThat(api.delete("/api/projects/" + project + "/members/" + viewer.id(), owner.auth()).status())
			.isEqualTo(200);

		Awaitility.await("the removed viewer hears of it")
			.atMost(DEADLINE)
			.until(() -> types(viewer), types -> types.contains("team_member_removed"));
		awaitFannedOut(project);
		assertThat(types(owner)).contains("team_member_removed");
		assertThat(types(editor)).doesNotContain("team_member_removed");
		assertThat(feed(editor)).hasSizeGreaterThanOrEqualTo(1);
	}

	private Activity record(String type, String projectId, User actor) {
		Activity activity = ActivityLog.of(type, projectId, actor.id(), type + " in a test",
				Instant.now().truncatedTo(ChronoUnit.MILLIS));
		dynamo.transactWriteItems(b -> b.transactItems(activities.entry(activity).writes().values()));
		return activity;
	}

	private static ActivityRef ref(Activity activity) {
		return new ActivityRef(ProjectItems.partition(activity.projectId()),
				ProjectItems.ACTIVITY + Attributes.timeKey(activity.createdAt(), activity.id()));
	}

	/** As if the first delivery had stopped just before its last step. */
	private void clearFannedOut(Activity activity) {
		dynamo.updateItem(b -> b.tableName(resources.tableName(WorkspaceResources.TABLE))
			.key(ref(activity).key())
			.updateExpression("REMOVE fannedOutAt"));
	}

	private void awaitFannedOut(String projectId) {
		Awaitility.await("entries of " + projectId + " fanned out")
			.atMost(DEADLINE)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> activities.latestInProject(projectId, 100)
				.stream()
				.allMatch(activity -> fanout.standing(ref(activity)) instanceof JobHandler.Standing.Settled));
	}

	private long total(String chart, String projectId, User user) {
		return sum(chart, "24h", projectId, user);
	}

	private long days(String chart, String projectId, User user) {
		return sum(chart, "7d", projectId, user);
	}

	private long sum(String chart, String period, String projectId, User user) {
		var answer = api.get("/api/analytics/chart-data?chartType=" + chart + "&period=" + period
				+ (projectId == null ? "" : "&projectId=" + projectId), user.auth());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		long sum = 0;
		for (JsonNode bucket : answer.data().path("buckets")) {
			sum += bucket.path("count").asLong();
		}
		return sum;
	}

	private List<String> notificationIds(User user) {
		List<String> ids = new ArrayList<>();
		api.get("/api/notifications", user.auth())
			.data()
			.path("items")
			.forEach(n -> ids.add(n.path("id").asString()));
		return ids;
	}

	private List<String> types(User user) {
		List<String> types = new ArrayList<>();
		api.get("/api/notifications", user.auth())
			.data()
			.path("items")
			.forEach(n -> types.add(n.path("type").asString()));
		return types;
	}

	private List<String> feed(User user) {
		List<String> ids = new ArrayList<>();
		api.get("/api/activity?limit=100", user.auth())
			.data()
			.path("items")
			.forEach(a -> ids.add(a.path("id").asString()));
		return ids;
	}

}
