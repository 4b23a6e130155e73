package dev.stratus.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.stratus.localcloud.Endpoints;
import org.HdrHistogram.Histogram;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Code generation through the API: the time from a generation request's 202 until the API reads it
 * {@code READY} (polled every {@link #POLL}), and the app's own {@code createdAt → completedAt}, for a schema of
 * ten entities; then the archive its download URL serves. There is no SDK call that renders a project, so the two
 * baselines measure the parts a generation shares with other work, in the same run: the order pipeline's
 * PENDING→CONFIRMED (the same platform job pipeline, outbox → relay → queue → worker, with a one-write worker),
 * and an S3 PutObject of the archive's size (the generation's upload).
 */
final class GenerationLatency {

	static final Duration POLL = Duration.ofMillis(20);

	/** Far past any render seen here (under 2 s), short enough that a stuck generation ends the step. */
	static final Duration DEADLINE = Duration.ofSeconds(60);

	/** Measured generations of the full run, one after the other, each followed by its baseline order. */
	static final int RUNS = 10;

	/** Unrecorded generations first: the renderer's code is cold until the full run reaches it. */
	static final int WARMUPS = 2;

	private static final String BUCKET = "bench-baseline";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private GenerationLatency() {
	}

	/**
	 * One generation, watched from its 202.
	 * @param millis from the 202 until the poll read it READY or FAILED; -1 when neither came in time
	 */
	record Watched(String id, String status, long millis, JsonNode generation) {

		boolean ready() {
			return "READY".equals(status);
		}

		/** The app's own time from the request to the archive's upload. */
		long appMillis() {
			return Duration.between(Instant.parse(generation.path("createdAt").asString()),
					Instant.parse(generation.path("completedAt").asString())).toMillis();
		}

		@Override
		public String toString() {
			return id + " " + status + (millis >= 0 ? " after " + millis + " ms" : "");
		}

	}

	/** What a generation's download URL served. */
	record Archive(int status, long bytes, int files) {
	}

	/**
	 * Quick: a generation of a one-entity schema is READY, and its download URL serves its archive.
	 * @return the generation, in a project of its own
	 */
	static Watched check(Run run, WorkspaceApi workspace, String token) {
		run.progress.step("workspace: one generation to READY and its download");
		Watched generation = generate(workspace, token, noteProject(workspace, token));
		run.report.figure("generationMs", generation.millis());
		run.report.check(Check.of("a generation is answered 202 and reads READY within " + DEADLINE.toSeconds() + " s",
				generation.ready(), generation.toString()));
		checkArchive(run, workspace, token, generation);
		return generation;
	}

	/** A new project of the caller's with the one-entity schema. @return its id */
	static String noteProject(WorkspaceApi workspace, String token) {
		String project = workspace.createProject(token, "Bench notes").path("id").asString();
		workspace.saveSchema(token, project, WorkspaceApi.NOTE_SCHEMA);
		return project;
	}

	/** Full: {@link #RUNS} generations of the ten-entity schema against their baselines. */
	static void run(Run run, Shop shop, WorkspaceApi workspace, String token, List<String> products, URI s3) {
		run.progress.step("workspace: " + RUNS + " generations of a ten-entity schema");
		String project = workspace.createProject(token, "Bench shop").path("id").asString();
		workspace.saveSchema(token, project, WorkspaceApi.SHOP_SCHEMA);
		for (int i = 0; i < WARMUPS; i++) {
			generate(workspace, token, project);
		}
		Histogram polled = Stats.histogram();
		Histogram app = Stats.histogram();
		Map<String, JsonNode> orders = new HashMap<>();
		Watched last = null;
		long failed = 0;
		for (int i = 0; i < RUNS; i++) {
			last = generate(workspace, token, project);
			if (last.ready()) {
				polled.recordValue(Math.max(1, last.millis() * 1000));
				app.recordValue(Math.max(1, last.appMillis() * 1000));
			}
			else {
				failed++;
			}
			Api.Response order = shop.order(token, Bench.any(products), 1, null);
			if (order.status() == 201) {
				String id = order.data().path("id").asString();
				orders.putAll(OrderWatch.awaitSettled(shop, token, List.of(id), DEADLINE));
			}
		}
		Histogram confirmed = OrderWatch.confirmationLatency(orders);
		long size = last != null && last.ready() ? last.generation().path("sizeBytes").asLong() : 0;
		Stats polledStats = Stats.of("generation 202→READY, polled every " + POLL.toMillis() + " ms", 1, polled,
				failed, 0);
		Stats appStats = Stats.of("generation createdAt→completedAt", 1, app, failed, 0);
		Stats orderStats = Stats.of("order PENDING→CONFIRMED (baseline)", 1, confirmed,
				RUNS - confirmed.getTotalCount(), 0);
		Stats putStats = Stats.of("S3 PutObject of " + size + " bytes (baseline)", 1, puts(s3, size), 0, 0);
		var table = run.report.table("Workspace: code generation of a ten-entity schema, request to READY",
				"measured", "runs", "p50 ms", "max ms", "app p50 / this p50");
		for (Stats stats : List.of(polledStats, appStats, orderStats, putStats)) {
			Report.row(table, stats.name(), Long.toString(stats.ops()), Fmt.ms(stats.p50Ms()), Fmt.ms(stats.maxMs()),
					Fmt.ratio(appStats.p50Ms(), stats.p50Ms()));
		}
		int files = last == null ? 0 : last.generation().path("files").size();
		table.notes().add(RUNS + " generations one after the other (after " + WARMUPS + " unrecorded), of a schema "
				+ "of ten entities using every field type and both relation kinds; each archive: " + files
				+ " files, " + size + " bytes. `createdAt→completedAt` are the generation's own timestamps (polling "
				+ "adds nothing); the polled figure is what a client sees. No SDK call renders a project, so the "
				+ "baselines are the parts a generation shares, measured in the same run: an order placed after each "
				+ "generation, PENDING→CONFIRMED from its own timestamps (the same job pipeline, with a worker that "
				+ "writes once: the queue hop), and an S3 PutObject of the archive's size with the app's client "
				+ "settings, " + RUNS + " times (the upload). The last column is the generation's app time over each; "
				+ "no threshold, absolute times with " + RUNS + " runs.");
		run.report.figure("generations", List.of(polledStats, appStats, orderStats, putStats));
		run.report.figure("generationArchive", Map.of("files", files, "sizeBytes", size));
		run.report.check(Check.of("every generation of the ten-entity schema reads READY within " + DEADLINE.toSeconds()
				+ " s, and every baseline order is confirmed", failed == 0 && confirmed.getTotalCount() == RUNS,
				(RUNS - failed) + " of " + RUNS + " READY, " + confirmed.getTotalCount() + " orders confirmed"));
		if (last != null) {
			checkArchive(run, workspace, token, last);
		}
	}

	/** Requests a generation of the project's current schema and polls it until it is READY or FAILED. */
	static Watched generate(WorkspaceApi workspace, String token, String projectId) {
		Api.Response started = workspace.startGeneration(token, projectId);
		long accepted = System.nanoTime();
		String id = started.data().path("id").asString("");
		if (started.status() != 202 || !"QUEUED".equals(started.data().path("status").asString())) {
			return new Watched(id, "answered " + started, -1, MissingNode.getInstance());
		}
		JsonNode[] seen = { MissingNode.getInstance() };
		Optional<Long> done = Deadline.poll(DEADLINE, POLL, () -> {
			Api.Response generation = workspace.generation(token, id);
			if (generation.status() == 200) {
				seen[0] = generation.data();
			}
			String status = seen[0].path("status").asString("");
			return "READY".equals(status) || "FAILED".equals(status) ? Optional.of(System.nanoTime())
					: Optional.empty();
		});
		return new Watched(id, seen[0].path("status").asString("unread"),
				done.map(at -> (at - accepted) / 1_000_000).orElse(-1L), seen[0]);
	}

	/** The download URL of a READY generation serves a zip of its {@code sizeBytes} with its {@code files}. */
	private static void checkArchive(Run run, WorkspaceApi workspace, String token, Watched generation) {
		Api.Response link = workspace.downloadUrl(token, generation.id());
		Archive archive = link.status() == 200 ? download(link.data().path("url").asString())
				: new Archive(link.status(), 0, 0);
		long size = generation.generation().path("sizeBytes").asLong(-1);
		int files = generation.generation().path("files").size();
		run.report.check(Check.of("the generation's download URL serves a zip of its sizeBytes holding its files",
				link.status() == 200 && archive.status() == 200 && archive.bytes() == size && files > 0
						&& archive.files() == files,
				"download-url " + link + ", GET " + archive.status() + ": " + archive.bytes() + " bytes, "
						+ archive.files() + " files; the generation says " + size + " bytes, " + files + " files"));
	}

	/** Fetches the archive and counts its files (directory entries aside). */
	static Archive download(String url) {
		try {
			HttpResponse<byte[]> response = http.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			byte[] zip = response.body();
			int files = 0;
			try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					files += entry.isDirectory() ? 0 : 1;
				}
			}
			return new Archive(response.statusCode(), zip.length, files);
		}
		catch (IOException ex) {
			return new Archive(Api.NO_ANSWER, 0, 0);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Archive(Api.NO_ANSWER, 0, 0);
		}
	}

	/** {@link #RUNS} S3 PUTs of {@code size} random bytes to a bucket of the harness's, each timed (µs). */
	private static Histogram puts(URI endpoint, long size) {
		Histogram micros = Stats.histogram();
		byte[] content = new byte[(int) size];
		ThreadLocalRandom.current().nextBytes(content);
		try (S3Client s3 = AppClientSettings.configure(S3Client.builder(), endpoint, Endpoints.REGION)
			.forcePathStyle(true)
			.build()) {
			s3.createBucket(b -> b.bucket(BUCKET));
			for (int i = 0; i < WARMUPS + RUNS; i++) {
				long started = System.nanoTime();
				s3.putObject(b -> b.bucket(BUCKET).key("archive.zip").contentType("application/zip"),
						RequestBody.fromBytes(content));
				if (i >= WARMUPS) {
					micros.recordValue(Math.max(1, (System.nanoTime() - started) / 1000));
				}
			}
		}
		return micros;
	}

}
