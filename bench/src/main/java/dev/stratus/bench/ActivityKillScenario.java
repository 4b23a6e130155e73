package dev.stratus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import tools.jackson.databind.JsonNode;

/**
 * kill -9 of the app while project changes are being saved, then a restart on the same data. A change and its
 * activity entry are one transaction, so after the crash every saved version has exactly one entry and every
 * entry its version, and each save answered 200 is among them; the analytics counters, fed from the entries by a
 * durable job, count each entry exactly once once the restarted app has caught up.
 */
final class ActivityKillScenario {

	/** A kind of change: where its versions are listed and the type of its activity entry. */
	enum Change {

		SCHEMA("/api/projects/%s/schema", "schema_saved"), ARCHITECTURE("/api/architecture/%s", "architecture_saved");

		final String path;

		final String activityType;

		Change(String path, String activityType) {
			this.path = path;
			this.activityType = activityType;
		}

	}

	/** One save sent, and what it answered. */
	record Sent(String projectId, Change change, Api.Response response) {
	}

	private ActivityKillScenario() {
	}

	static void run(Run run) {
		run.progress.step("kill -9 mid-change: starting the app");
		CloudPorts ports = CloudPorts.free();
		Path data = run.dir("activity-kill-data");
		AppProcess app = run.app("app-activity-killed", data, ports.env());
		app.awaitHealthy(Duration.ofSeconds(90));
		WorkspaceApi workspace = new WorkspaceApi(app.shop());
		String token = app.shop().loginAdmin();
		List<String> projects = new ArrayList<>();
		for (int p = 0; p < 3; p++) {
			projects.add(workspace.createProject(token, "Crash " + UUID.randomUUID().toString().substring(0, 8))
				.path("id")
				.asString());
		}

		long seed = System.nanoTime();
		run.progress.step("kill -9 mid-change: schema and architecture saves from 2 clients, seed " + seed);
		var sent = new ConcurrentLinkedQueue<Sent>();
		Random[] randoms = { new Random(seed), new Random(seed + 1) };
		Traffic traffic = Traffic.start("changes", 2, Duration.ZERO, Duration.ofSeconds(120), run.progress, c -> {
			Random random = randoms[c];
			String projectId = projects.get(random.nextInt(projects.size()));
			Change change = random.nextBoolean() ? Change.SCHEMA : Change.ARCHITECTURE;
			Api.Response response = save(app.shop().api(), token, projectId, change, random.nextInt(1000));
			sent.add(new Sent(projectId, change, response));
			return response;
		});
		Deadline.pause(Duration.ofSeconds(run.quick ? 4 : 12));
		run.progress.step("kill -9 of the app mid-change");
		app.kill9();
		traffic.stop();
		run.cleanup.forget(app);

		run.progress.step("kill -9 mid-change: restarting on the same data");
		AppProcess again = run.app("app-activity-restarted", data, ports.env());
		again.awaitHealthy(Duration.ofSeconds(90));
		Api api = again.shop().api();
		String token2 = again.shop().loginAdmin();
		oneEntryPerChange(run, api, token2, projects, List.copyOf(sent), seed);
		countedOnce(run, api, token2, projects);
		run.stop(again);
	}

	private static Api.Response save(Api api, String token, String projectId, Change change, int n) {
		Object body = change == Change.SCHEMA
				? Map.of("entities", List.of(Map.of("name", "Note", "fields",
						List.of(Map.of("name", "title" + n, "type", "string")))))
				: Map.of("nodes", List.of(Map.of("id", "n" + n, "label", "API", "kind", "service", "x", n, "y", 0)),
						"edges", List.of());
		return api.call("PUT", change.path.formatted(projectId), body, token, null);
	}

	/**
	 * Per project and kind: as many entries as versions (neither is ever written without the other), at least as
	 * many as saves answered 200, and no more than the saves sent.
	 */
	private static void oneEntryPerChange(Run run, Api api, String token, List<String> projects, List<Sent> sent,
			long seed) {
		List<String> wrong = new ArrayList<>();
		long versionsTotal = 0;
		for (String projectId : projects) {
			for (Change change : Change.values()) {
				long acked = sent.stream()
					.filter(s -> s.projectId().equals(projectId) && s.change() == change
							&& s.response().status() == 200)
					.count();
				long tried = sent.stream()
					.filter(s -> s.projectId().equals(projectId) && s.change() == change)
					.count();
				long versions = count(api, token, change.path.formatted(projectId) + "/versions?limit=100");
				long entries = count(api, token,
						"/api/activity?limit=100&projectId=" + projectId + "&type=" + change.activityType);
				versionsTotal += versions;
				if (versions != entries || versions < acked || versions > tried) {
					wrong.add(projectId.substring(0, 8) + " " + change + ": " + acked + " answered 200 of " + tried
							+ " sent, " + versions + " versions, " + entries + " entries");
				}
			}
		}
		long acked = sent.stream().filter(s -> s.response().status() == 200).count();
		run.report.figure("activityKill", Map.of("sent", sent.size(), "acknowledged", acked, "versions",
				versionsTotal, "seed", seed));
		run.report.check(Check.of("kill -9 mid-change: exactly one activity entry per saved version, every save "
				+ "answered 200 among them", wrong.isEmpty(), sent.size() + " saves sent (seed " + seed + "), " + acked
						+ " answered 200, " + versionsTotal + " versions stored"
						+ (wrong.isEmpty() ? "" : "; " + wrong)));
	}

	/** The restarted app's counters catch up with the entries and then equal them: nothing counted twice or lost. */
	private static void countedOnce(Run run, Api api, String token, List<String> projects) {
		Map<String, long[]> seen = new HashMap<>();
		boolean equal = Deadline.until(Duration.ofSeconds(run.quick ? 30 : 60), Duration.ofMillis(250), () -> {
			boolean all = true;
			for (String projectId : projects) {
				long entries = count(api, token, "/api/activity?limit=100&projectId=" + projectId);
				Api.Response realtime = api.get("/api/analytics/realtime?projectId=" + projectId, token);
				long counted = realtime.status() == 200 ? realtime.data().path("activity").asLong(-1) : -1;
				seen.put(projectId, new long[] { entries, counted });
				all &= entries == counted;
			}
			return all;
		});
		List<String> figures = seen.entrySet()
			.stream()
			.map(e -> e.getKey().substring(0, 8) + " " + e.getValue()[0] + " entries/" + e.getValue()[1] + " counted")
			.toList();
		run.report.check(Check.of("kill -9 mid-change: the activity counters count every entry exactly once after "
				+ "the restart", equal, String.join(", ", figures)));
	}

	/** How many items every page of a list holds together. */
	private static long count(Api api, String token, String path) {
		long count = 0;
		String next = null;
		do {
			Api.Response page = api.get(next == null ? path : path + "&nextToken=" + next, token);
			if (page.status() != 200) {
				throw new IllegalStateException(path + " answered " + page);
			}
			JsonNode data = page.data();
			count += data.path("items").size();
			next = data.path("nextToken").isString() ? data.path("nextToken").asString() : null;
		}
		while (next != null);
		return count;
	}

}
