package dev.stratus.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stratus.bench.PairedReads.Pair;
import org.HdrHistogram.Histogram;

/**
 * The workspace's activity reads through the API against the DynamoDB calls the app makes for them
 * ({@link ActivityBaseline}), and how long a critical event takes to reach the notification bell.
 */
final class ActivityReads {

	/** Schema saves on the measured project: three pages of entries, and its counters. */
	static final int SAVES = 50;

	private static final Duration WARMUP = ProjectReads.WARMUP;

	private ActivityReads() {
	}

	/** The measured project, and its caller. */
	record Subject(String projectId, String userId) {
	}

	/**
	 * A project with {@link #SAVES} schema saves; then its activity list's first page is 20 entries, newest first,
	 * as the Query gives them, and its 30-day chart counts every entry once the fan-out has caught up.
	 */
	static Subject check(Run run, WorkspaceApi workspace, String token, ActivityBaseline baseline) {
		run.progress.step("activity: a project with " + SAVES + " schema saves, listed and charted");
		var project = workspace.createProject(token, "Bench activity");
		Subject subject = new Subject(project.path("id").asString(), project.path("createdBy").asString());
		for (int i = 0; i < SAVES; i++) {
			workspace.saveSchema(token, subject.projectId(), WorkspaceApi.NOTE_SCHEMA);
		}
		Api.Response page = workspace.activity(token, subject.projectId());
		int direct = baseline.activityPage(subject.projectId(), subject.userId());
		boolean counted = Deadline.until(Duration.ofSeconds(30), Duration.ofMillis(100),
				() -> monthTotal(workspace.chart(token, subject.projectId())) == SAVES + 1);
		run.report.check(Check.of("the activity list's first page holds 20 entries newest first, as the Query does, "
				+ "and the 30-day chart counts the project's " + (SAVES + 1) + " entries once fanned out",
				page.status() == 200 && page.data().path("items").size() == 20 && direct == 20
						&& page.data().path("items").get(0).path("type").asString().equals("schema_saved") && counted,
				"API " + page + ", DynamoDB " + direct + ", chart total "
						+ monthTotal(workspace.chart(token, subject.projectId()))));
		return subject;
	}

	/** The check, then both reads against their baselines at 1 and 8 clients, then the bell's delivery time. */
	static void compare(Run run, Shop shop, WorkspaceApi workspace, String token, ActivityBaseline baseline) {
		Subject subject = check(run, workspace, token, baseline);
		Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
		String last = Fmt.timestamp(today);
		String first = Fmt.timestamp(today.minus(Duration.ofDays(29)));
		Pair list = new Pair(new Bench.Step("GET /api/activity?projectId= (20)", c -> {
			Api.Response page = workspace.activity(token, subject.projectId());
			return page.status() == 200 && page.data().path("items").size() == 20;
		}), new Bench.Step("BatchGetItem access + Query (20)",
				c -> baseline.activityPage(subject.projectId(), subject.userId()) == 20));
		Pair chart = new Pair(new Bench.Step("GET /api/analytics/chart-data (activity, 30d)", c -> {
			Api.Response answer = workspace.chart(token, subject.projectId());
			return answer.status() == 200 && answer.data().path("buckets").size() == 30;
		}), new Bench.Step("BatchGetItem access + Query of 30 counters",
				c -> baseline.monthlyActivityChart(subject.projectId(), subject.userId(), first, last) >= 1));
		var table = PairedReads.compare(run, "Workspace activity reads: API against the same DynamoDB calls (same run)",
				List.of(list, chart), WARMUP, "activityReads");
		table.notes().add("The project holds " + (SAVES + 1) + " entries. Each baseline is the app's DynamoDB calls "
				+ "for that answer, with the app's client settings, on the app's own table and items: the access "
				+ "check (one consistent `BatchGetItem` of the project and the caller's membership), then a Query of "
				+ "the project's partition — the newest `ACTIVITY#` entries, `Limit` " + ProjectListBaseline.QUERY_LIMIT
				+ ", or the 30 daily `COUNT#activity#D#` counters. The chart never reads raw events: the counters "
				+ "are kept by the fan-out job as entries are written. Each call was warmed up unrecorded for "
				+ WARMUP.toSeconds() + " s at 8 clients first.");
		delivery(run, shop, workspace, token, 30);
	}

	/**
	 * Critical events (a new API key raises a {@code security_alert} for its admin) one after another; for each,
	 * the time from the creating call's answer to the notification in {@code GET /api/notifications?unread=true},
	 * polled every 20 ms, as the bell reads it.
	 */
	static void delivery(Run run, Shop shop, WorkspaceApi workspace, String token, int events) {
		run.progress.step("notifications: " + events + " security alerts to the bell");
		Histogram latency = new Histogram(60_000_000L, 3);
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < events; i++) {
			String before = workspace.newestUnread(token);
			Api.Response key = shop.api()
				.post("/api/admin/api-keys", Map.of("name", "bench alert " + i, "scopes", List.of("customers:read")),
						token);
			long answered = System.nanoTime();
			boolean arrived = Deadline.until(Duration.ofSeconds(30), Duration.ofMillis(20),
					() -> !workspace.newestUnread(token).equals(before));
			if (key.status() != 201 || !arrived) {
				missed.add("event " + i + ": key " + key.status() + (arrived ? "" : ", no notification in 30 s"));
				continue;
			}
			latency.recordValue((System.nanoTime() - answered) / 1000);
			shop.api().call("DELETE", "/api/admin/api-keys/" + key.data().path("id").asString(), null, token, null);
		}
		double p50 = latency.getValueAtPercentile(50) / 1000.0;
		double p99 = latency.getValueAtPercentile(99) / 1000.0;
		run.report.figure("notificationDeliveryMs", Map.of("p50", p50, "p99", p99, "events", events));
		var table = run.report.table("Notification delivery: critical event to the bell's read", "events", "p50 ms",
				"p99 ms", "max ms");
		Report.row(table, Integer.toString(events), Fmt.num(p50, 1), Fmt.num(p99, 1),
				Fmt.num(latency.getMaxValue() / 1000.0, 1));
		table.notes().add("From the answer to `POST /api/admin/api-keys` to the `security_alert` notification "
				+ "listed by `GET /api/notifications?unread=true`, polled every 20 ms: outbox relay, queue, fan-out "
				+ "job and the notification's write. The console's bell polls every 10 s, which adds up to that.");
		run.report.check(Check.of("every critical event reaches the bell within 30 s", missed.isEmpty(),
				events + " events, p50 " + Fmt.num(p50, 1) + " ms, p99 " + Fmt.num(p99, 1) + " ms"
						+ (missed.isEmpty() ? "" : "; " + missed)));
	}

	private static long monthTotal(Api.Response chart) {
		if (chart.status() != 200) {
			return -1;
		}
		long total = 0;
		for (var bucket : chart.data().path("buckets")) {
			total += bucket.path("count").asLong();
		}
		return total;
	}

}
