package dev.stratus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * kill -9 of the app while registration workflows are running, then a restart on the same data:
 * every registration answered 202 must finish (SUCCEEDED, or FAILED as a duplicate of an id sent
 * twice) and each id must end with exactly one customer. Every fifth registration repeats the id
 * before it, so duplicates race through the crash too.
 */
final class WorkflowKillScenario {

	/**
	 * The quick run shortens the claim (the queue's visibility timeout, default 30 s) on both
	 * instances: the execution that was mid-step stays claimed by the dead worker until its claim
	 * ends, and the full run shows that wait at its real length.
	 */
	private static Map<String, String> settings(Run run, CloudPorts ports) {
		Map<String, String> settings = new HashMap<>(ports.env());
		if (run.quick) {
			settings.put("STRATUS_WORKFLOWS_VISIBILITY_TIMEOUT", "5");
		}
		return settings;
	}

	/**
	 * One worker on the killed instance, so executions queue up behind it and some are surely
	 * RUNNING when it dies: a setting the app has ({@code stratus.workflows.workers}, default 8),
	 * not a hook added for the test. The restarted instance runs with the default.
	 */
	private static Map<String, String> slowed(Map<String, String> settings) {
		Map<String, String> slowed = new HashMap<>(settings);
		slowed.put("STRATUS_WORKFLOWS_WORKERS", "1");
		return slowed;
	}

	/** One registration sent, and what it answered. */
	record Sent(String id, Api.Response response) {
	}

	private WorkflowKillScenario() {
	}

	static void run(Run run) {
		run.progress.step("kill -9 mid-workflow: starting the app");
		CloudPorts ports = CloudPorts.free();
		Map<String, String> env = settings(run, ports);
		Path data = run.dir("workflow-kill-data");
		AppProcess app = run.app("app-workflows-killed", data, slowed(env));
		app.awaitHealthy(Duration.ofSeconds(90));
		Registry registry = new Registry(app.shop());
		String token = app.shop().loginAdmin();

		run.progress.step("kill -9 mid-workflow: registrations from 2 clients");
		String prefix = "kill-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		var sent = new ConcurrentLinkedQueue<Sent>();
		var sequence = new AtomicLong();
		Traffic traffic = Traffic.start("registrations", 2, Duration.ofMillis(50), Duration.ofSeconds(60),
				run.progress, c -> {
					long n = sequence.getAndIncrement();
					String id = prefix + (n % 5 == 4 ? n - 1 : n);
					Api.Response response = registry.register(token, id);
					sent.add(new Sent(id, response));
					return response;
				});
		int wanted = run.quick ? 30 : 150;
		boolean midWay = Deadline.until(Duration.ofSeconds(30), Duration.ofMillis(200),
				() -> sent.stream().filter(s -> s.response().status() == 202).count() >= wanted
						&& listed(registry, token, "SUCCEEDED") > 0);
		long runningAtKill = listed(registry, token, "RUNNING");
		run.progress.step("kill -9 of the app with workflows running");
		// The calls in flight are cut by the kill; the one or two sent before the traffic stops are refused.
		app.kill9();
		traffic.stop();
		run.cleanup.forget(app);
		List<Sent> all = List.copyOf(sent);
		Map<String, String> acked = all.stream()
			.filter(s -> !Registry.executionId(s.response()).isEmpty())
			.collect(Collectors.toMap(s -> Registry.executionId(s.response()), Sent::id));
		run.report.check(Check.of("kill -9 mid-workflow: the kill caught executions RUNNING", midWay
				&& runningAtKill > 0, all.size() + " registrations sent, " + acked.size() + " answered 202 ("
						+ all.stream().filter(s -> s.response().status() <= 0).count() + " cut by the kill), "
						+ (runningAtKill >= 100 ? "100 or more" : Long.toString(runningAtKill))
						+ " RUNNING just before the kill"));

		run.progress.step("kill -9 mid-workflow: restarting on the same data");
		AppProcess again = run.app("app-workflows-restarted", data, env);
		long restartMs = again.awaitHealthy(Duration.ofSeconds(90));
		long healthyAt = System.nanoTime();
		Registry after = new Registry(again.shop());
		String token2 = again.shop().loginAdmin();
		Duration deadline = Duration.ofSeconds(run.quick ? 30 : 90);
		run.progress.step("kill -9 mid-workflow: waiting for " + acked.size() + " executions to finish");
		Map<String, JsonNode> stopped = ExecutionWatch.awaitStopped(after, token2, acked.keySet(), deadline);
		double seconds = (System.nanoTime() - healthyAt) / 1e9;
		finished(run, all, acked, stopped, seconds, restartMs, deadline);
		oneCustomerEach(run, after, token2, prefix, all, acked, stopped);
		run.stop(again);
	}

	/** Every execution answered 202 ended SUCCEEDED, or FAILED as the duplicate of an id sent more than once. */
	private static void finished(Run run, List<Sent> all, Map<String, String> acked, Map<String, JsonNode> stopped,
			double seconds, long restartMs, Duration deadline) {
		Map<String, Long> sends = all.stream().collect(Collectors.groupingBy(Sent::id, Collectors.counting()));
		Map<String, Long> outcomes = new HashMap<>();
		List<String> wrong = new ArrayList<>();
		acked.forEach((executionId, id) -> {
			String outcome = Optional.ofNullable(stopped.get(executionId))
				.map(ExecutionWatch::outcome)
				.orElse("UNREADABLE");
			outcomes.merge(outcome, 1L, Long::sum);
			boolean fine = outcome.equals(ExecutionWatch.SUCCEEDED)
					|| outcome.equals("FAILED DUPLICATE_ENTRY") && sends.get(id) > 1;
			if (!fine) {
				wrong.add(id + " " + executionId + " " + outcome);
			}
		});
		run.report.figure("workflowKill", Map.of("sent", all.size(), "acknowledged", acked.size(), "outcomes",
				outcomes, "secondsToFinish", seconds, "restartMs", restartMs));
		run.report.check(Check.of("kill -9 mid-workflow: every registration answered 202 finishes within "
				+ deadline.toSeconds() + " s of the restart (SUCCEEDED, or FAILED DUPLICATE_ENTRY for an id sent "
				+ "twice)",
				wrong.isEmpty(), acked.size() + " executions: " + outcomes + ", all stopped "
						+ Fmt.num(seconds, 1) + " s after the restart was healthy (restart took " + restartMs
						+ " ms)" + (wrong.isEmpty() ? "" : "; e.g. " + wrong.subList(0, Math.min(3, wrong.size())))));
	}

	/**
	 * Each id answered 202 at least once has exactly one customer, made by a SUCCEEDED execution of
	 * its own; an id whose every call went unanswered has at most one; no id has two SUCCEEDED.
	 */
	private static void oneCustomerEach(Run run, Registry registry, String token, String prefix, List<Sent> all,
			Map<String, String> acked, Map<String, JsonNode> stopped) {
		Map<String, List<JsonNode>> customers = registry.customers(token, prefix)
			.stream()
			.collect(Collectors.groupingBy(c -> c.path("id").asString()));
		Map<String, List<String>> winners = acked.entrySet()
			.stream()
			.filter(e -> stopped.containsKey(e.getKey())
					&& ExecutionWatch.SUCCEEDED.equals(ExecutionWatch.status(stopped.get(e.getKey()))))
			.collect(Collectors.groupingBy(Map.Entry::getValue,
					Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
		Set<String> ids = all.stream().map(Sent::id).collect(Collectors.toSet());
		List<String> wrong = new ArrayList<>();
		for (String id : ids) {
			List<JsonNode> stored = customers.getOrDefault(id, List.of());
			List<String> won = winners.getOrDefault(id, List.of());
			boolean fine = acked.containsValue(id) ? stored.size() == 1 : stored.size() <= 1;
			if (won.size() > 1 || won.size() == 1
					&& !(fine && won.get(0).equals(stored.get(0).path("executionId").asString()))) {
				fine = false;
			}
			if (!fine) {
				wrong.add(id + ": " + stored.size() + " customers, SUCCEEDED executions " + won);
			}
		}
		long unanswered = ids.stream().filter(id -> !acked.containsValue(id)).count();
		run.report.check(Check.of("kill -9 mid-workflow: exactly one customer per id answered 202, made by its "
				+ "SUCCEEDED execution", wrong.isEmpty(), ids.size() + " ids (" + unanswered + " never answered 202), "
						+ customers.size() + " customers stored" + (wrong.isEmpty() ? ""
								: "; e.g. " + wrong.subList(0, Math.min(3, wrong.size())))));
	}

	/** How many executions the list shows with this status, counting up to one page of 100. */
	private static long listed(Registry registry, String token, String status) {
		Api.Response page = registry.executions(token, status, 100);
		return page.status() == 200 ? page.data().path("items").size() : 0;
	}

}
