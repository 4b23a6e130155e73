package dev.stratus.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Local deployments through the API (full run only): from {@code POST /api/projects/{id}/deployments}'s 202 until
 * the deployment reads {@code SUCCEEDED} and its {@code GET {url}/actuator/health} answers 200, with the time spent
 * {@code QUEUED}, {@code BUILDING} and {@code DEPLOYING} from the status changes the API shows (polled every
 * {@link #POLL}). A deployment builds the archive offline with Maven and starts a JVM, about 12 s warm here
 * (half each) and 28 s in the quick run, so the quick run makes one too. There is no same-run baseline for a
 * Maven build and a JVM start: absolute times, with the number of runs, no thresholds.
 */
final class DeploymentLatency {

	static final Duration POLL = Duration.ofMillis(100);

	/** The build's timeout (5 min) and the start's (90 s) by default, with room. */
	static final Duration DEADLINE = Duration.ofMinutes(7);

	/** The deployed app's health once SUCCEEDED says it answered: a few seconds at most. */
	static final Duration HEALTH_DEADLINE = Duration.ofSeconds(30);

	static final int RUNS = 3;

	static final String ENVIRONMENT = "dev";

	private static final List<String> PHASES = List.of("QUEUED", "BUILDING", "DEPLOYING", "SUCCEEDED");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private DeploymentLatency() {
	}

	/**
	 * One deployment, watched from its 202.
	 * @param seenMs when each status was first read, in ms from the 202 ({@code QUEUED} at 0)
	 * @param healthyMs when its health answered 200, in ms from the 202; -1 when it did not
	 */
	record Watched(String id, String status, Map<String, Long> seenMs, long healthyMs, String url) {

		boolean healthy() {
			return "SUCCEEDED".equals(status) && healthyMs >= 0;
		}

		/** The time from the first read of {@code from} to the first read of the next phase, or -1. */
		long phaseMs(String from) {
			String next = PHASES.get(PHASES.indexOf(from) + 1);
			Long start = seenMs.get(from);
			Long end = seenMs.get(next);
			return start == null || end == null ? -1 : end - start;
		}

	}

	/** Quick: one deployment of the quick run's generation gets healthy, then stops when cancelled. */
	static void check(Run run, WorkspaceApi workspace, String token, GenerationLatency.Watched generation) {
		run.progress.step("workspace: one deployment to a healthy app");
		Watched watched = generation.ready()
				? deploy(workspace, token, generation.generation().path("projectId").asString(), generation.id())
				: new Watched("", "not started: generation " + generation, Map.of(), -1, "");
		run.report.figure("deployment", watched);
		run.report.check(Check.of("a deployment is answered 202, reads SUCCEEDED within " + DEADLINE.toMinutes()
				+ " min and its health answers 200", watched.healthy(),
				watched.status() + ", statuses first read at " + watched.seenMs() + " ms, health 200 at "
						+ watched.healthyMs() + " ms"));
		stop(run, workspace, token, watched);
	}

	static void run(Run run, WorkspaceApi workspace, String token) {
		run.progress.step("workspace: " + RUNS + " deployments of a one-entity schema");
		String project = GenerationLatency.noteProject(workspace, token);
		GenerationLatency.Watched generation = GenerationLatency.generate(workspace, token, project);
		if (!generation.ready()) {
			run.report.check(Check.of("a generation to deploy reads READY", false, generation.toString()));
			return;
		}
		List<Watched> runs = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			runs.add(deploy(workspace, token, project, generation.id()));
		}
		var table = run.report.table("Workspace: deployment 202 → SUCCEEDED and health 200 (one-entity schema)",
				"run", "status", "QUEUED ms", "BUILDING ms", "DEPLOYING ms", "202→SUCCEEDED ms", "202→health 200 ms");
		for (int i = 0; i < runs.size(); i++) {
			Watched watched = runs.get(i);
			Report.row(table, Integer.toString(i + 1), watched.status(), ms(watched.phaseMs("QUEUED")),
					ms(watched.phaseMs("BUILDING")), ms(watched.phaseMs("DEPLOYING")),
					ms(watched.seenMs().getOrDefault("SUCCEEDED", -1L)), ms(watched.healthyMs()));
		}
		table.notes().add(RUNS + " deployments one after the other of one READY generation of a one-entity schema "
				+ "(`Note` with a required `title`) to `" + ENVIRONMENT + "`, each replacing the one before once "
				+ "healthy, as a user redeploying does. Phases are from the status changes as the API shows them "
				+ "(`GET /api/deployments/{id}` every " + POLL.toMillis() + " ms, so each is ±" + POLL.toMillis()
				+ " ms): QUEUED until BUILDING is read (the job pipeline's hop and a free worker), BUILDING (unpacking "
				+ "and `mvn -o package`), DEPLOYING (the JVM's start until its health answers); the last column adds "
				+ "the harness's own `GET {url}/actuator/health`. No same-run baseline exists for a Maven build and a "
				+ "JVM start: absolute times, " + RUNS + " runs, no thresholds.");
		run.report.figure("deployments", runs);
		long healthy = runs.stream().filter(Watched::healthy).count();
		run.report.check(Check.of("every deployment reads SUCCEEDED within " + DEADLINE.toMinutes() + " min and its "
				+ "health answers 200", healthy == RUNS,
				healthy + " of " + RUNS + " healthy: " + runs.stream().map(w -> w.status()).toList()));
		stop(run, workspace, token, runs.get(runs.size() - 1));
	}

	/** Cancels a live deployment: it answers STOPPED and its app stops answering. */
	private static void stop(Run run, WorkspaceApi workspace, String token, Watched live) {
		if (live.healthy()) {
			Api.Response stopped = workspace.cancelDeployment(token, live.id());
			run.report.check(Check.of("cancelling the live deployment answers it STOPPED and its app stops answering",
					stopped.status() == 200 && "STOPPED".equals(stopped.data().path("status").asString())
							&& health(live.url()) != 200,
					"cancel " + stopped + " " + stopped.data().path("status").asString()));
		}
	}

	/** Starts a deployment and watches it until it has finished or its app is healthy. */
	static Watched deploy(WorkspaceApi workspace, String token, String projectId, String generationId) {
		Api.Response started = workspace.startDeployment(token, projectId, ENVIRONMENT, generationId);
		long accepted = System.nanoTime();
		String id = started.data().path("id").asString("");
		Map<String, Long> seen = new LinkedHashMap<>();
		if (started.status() != 202) {
			return new Watched(id, "answered " + started, seen, -1, "");
		}
		seen.put("QUEUED", 0L);
		JsonNode[] last = { MissingNode.getInstance() };
		Deadline.poll(DEADLINE, POLL, () -> {
			Api.Response deployment = workspace.deployment(token, id);
			if (deployment.status() != 200) {
				return Optional.empty();
			}
			last[0] = deployment.data();
			String status = last[0].path("status").asString();
			seen.putIfAbsent(status, (System.nanoTime() - accepted) / 1_000_000);
			return List.of("SUCCEEDED", "FAILED", "CANCELLED", "STOPPED").contains(status) ? Optional.of(status)
					: Optional.empty();
		});
		String status = last[0].path("status").asString("unread");
		String url = last[0].path("url").asString("");
		long healthyMs = -1;
		if ("SUCCEEDED".equals(status) && Deadline.until(HEALTH_DEADLINE, POLL, () -> health(url) == 200)) {
			healthyMs = (System.nanoTime() - accepted) / 1_000_000;
		}
		return new Watched(id, status, seen, healthyMs, url);
	}

	/** {@code GET {url}/actuator/health}'s status, or {@link Api#NO_ANSWER}. */
	static int health(String url) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException | IllegalArgumentException ex) {
			return Api.NO_ANSWER;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Api.NO_ANSWER;
		}
	}

	private static String ms(long millis) {
		return millis < 0 ? "n/a" : Long.toString(millis);
	}

}
