package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static dev.stratus.workspace.internal.deploy.DeploymentPhase.BUILDING;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.CANCELLED;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.DEPLOYING;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.FAILED;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.STOPPED;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.SUCCEEDED;

/**
 * One deployment on this machine, from archive to live app: unpacked into its sandbox, built by Maven offline,
 * started on a free loopback port, live once it answers its health check. Its phase only moves forward through
 * guarded transitions, so a cancel, a failure, the app exiting and Stratus stopping can race without anything
 * reported twice. When it ends (failed, cancelled, or its app stopped) it kills what it started, deletes its
 * sandbox and tells the target.
 */
final class LocalDeployment {

	/** An end ordered from outside (a cancel, Stratus stopping), which wins over the failure it causes. */
	private record Abort(DeploymentPhase phase, String reason) {
	}

	private static final Logger log = LoggerFactory.getLogger(LocalDeployment.class);

	private static final Pattern SIDE_JARS = Pattern.compile(".*-(plain|sources|javadoc|tests)\\.jar");

	private static final Duration POLL = Duration.ofMillis(250);

	private final DeploymentRequest request;

	private final DeploySettings settings;

	private final Path sandbox;

	private final ProgressReport report;

	private final ChildRegistry registry;

	private final HealthCheck health;

	private final Consumer<LocalDeployment> ended;

	private @Nullable DeploymentPhase phase;

	private @Nullable ChildProcess child;

	private @Nullable Abort abort;

	private @Nullable URI url;

	private @Nullable String stopReason;

	private boolean released;

	private final CompletableFuture<Void> done = new CompletableFuture<>();

	/** @param ended told once, when the deployment has released everything it held */
	LocalDeployment(DeploymentRequest request, DeploymentSink sink, DeploySettings settings, Clock clock,
			ChildRegistry registry, HealthCheck health, Consumer<LocalDeployment> ended) {
		this.request = request;
		this.settings = settings;
		this.sandbox = settings.directory().resolve(request.deploymentId());
		this.report = new ProgressReport(request.deploymentId(), sink, clock, settings.maxLogLines(),
				sandbox.toString());
		this.registry = registry;
		this.health = health;
		this.ended = ended;
	}

	String id() {
		return request.deploymentId();
	}

	DeploymentRequest.ProjectEnvironment slot() {
		return request.slot();
	}

	/**
	 * Builds and starts the app, on the caller's thread; once it is healthy, {@code promote} decides whether it
	 * goes live ({@link #succeed}).
	 */
	void run(Predicate<LocalDeployment> promote) {
		if (!moveTo(BUILDING, null, null)) {
			release();
			return;
		}
		boolean live = false;
		try {
			Path project = unpack();
			Path jar = build(project);
			if (moveTo(DEPLOYING, null, null)) {
				ChildProcess app = launch(project, jar);
				awaitHealthy(app);
				live = promote.test(this);
			}
		}
		catch (DeploymentFailure ex) {
			end(ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			end("The deployment was interrupted");
		}
		catch (IOException | RuntimeException ex) {
			log.atError()
				.addKeyValue("deploymentId", id())
				.addKeyValue("error", ex.toString())
				.log("A local deployment failed inside Stratus");
			end("The deployment failed inside Stratus (" + ex.getClass().getSimpleName() + "); see Stratus's log");
		}
		finally {
			if (!live) {
				end("The app stopped before it went live");
				release();
			}
		}
	}

	private Path unpack() throws IOException, DeploymentFailure {
		Sandbox.delete(sandbox);
		Files.createDirectories(sandbox);
		if (request.archive().size() > settings.maxArchiveBytes()) {
			throw new DeploymentFailure("The archive is larger than " + settings.maxArchiveBytes() / (1024 * 1024)
					+ " MiB; refused");
		}
		Path zip = sandbox.resolve("archive.zip");
		request.archive().copyTo(zip);
		Path project = new ArchiveUnpacker(settings.unpackLimits()).unpack(zip, Files.createDirectory(
				sandbox.resolve("source")));
		Files.delete(zip);
		return project;
	}

	private Path build(Path project) throws IOException, DeploymentFailure, InterruptedException {
		// Offline: no network, only what the local repository holds. Tests are compiled but not run: a generated
		// project's tests are proven where it is generated, and running them here would start a Spring context
		// per entity inside the build's heap and double the time to a live app.
		List<String> command = List.of(settings.maven(), "-o", "-B", "--no-transfer-progress", "package",
				"-DskipTests");
		report.line("Building offline: " + String.join(" ", command) + " (time limit " + settings.buildTimeout()
				+ ", heap " + settings.buildMemory() + ")");
		Map<String, String> environment = Sandbox.environment();
		environment.put("MAVEN_OPTS", "-Xmx" + settings.buildMemory());
		ChildProcess maven = spawn("build", command, project, environment, BUILDING);
		boolean finished = maven.awaitExit(settings.buildTimeout());
		if (!finished) {
			maven.stop(settings.stopGrace());
		}
		forget(maven);
		if (!finished) {
			throw new DeploymentFailure("The build took longer than " + settings.buildTimeout() + " and was stopped");
		}
		if (maven.exitCode() != 0) {
			throw new DeploymentFailure("The build failed (Maven exited with " + maven.exitCode()
					+ "); the log has its output");
		}
		return builtJar(project);
	}

	private static Path builtJar(Path project) throws IOException, DeploymentFailure {
		Path target = project.resolve("target");
		if (Files.isDirectory(target)) {
			try (Stream<Path> files = Files.list(target)) {
				// Spring Boot's executable jar is the largest; the plain one sits beside it.
				var jar = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
					.filter(file -> !SIDE_JARS.matcher(file.getFileName().toString()).matches())
					.max(Comparator.comparingLong(file -> file.toFile().length()));
				if (jar.isPresent()) {
					return jar.get();
				}
			}
		}
		throw new DeploymentFailure("The build made no jar in target/");
	}

	private ChildProcess launch(Path project, Path jar) throws IOException, DeploymentFailure {
		int port = Sandbox.freePort();
		List<String> command = List.of(Sandbox.java(), "-Xmx" + settings.appMemory(), "-jar", jar.toString(),
				"--server.address=127.0.0.1", "--server.port=" + port);
		report.line("Starting " + project.relativize(jar) + " on 127.0.0.1:" + port + " (heap " + settings.appMemory()
				+ ")");
		ChildProcess app = spawn("app", command, project, Sandbox.environment(), DEPLOYING);
		synchronized (this) {
			url = URI.create("http://127.0.0.1:" + port);
		}
		app.onExit().thenRun(() -> appExited(app));
		return app;
	}

	private void awaitHealthy(ChildProcess app) throws DeploymentFailure, InterruptedException {
		URI base = currentUrl();
		long deadline = System.nanoTime() + settings.startTimeout().toNanos();
		while (!health.healthy(base)) {
			if (!app.isAlive()) {
				app.awaitExit(Duration.ofSeconds(5));
				throw new DeploymentFailure("The app exited with code " + app.exitCode()
						+ " before it answered its health check; its last lines:\n" + tail());
			}
			if (System.nanoTime() > deadline) {
				throw new DeploymentFailure("The app did not answer GET /actuator/health with 200 within "
						+ settings.startTimeout() + "; its last lines:\n" + tail());
			}
			try {
				app.onExit().get(POLL.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException | ExecutionException stillStarting) {
				// Ask again.
			}
		}
	}

	private synchronized URI currentUrl() {
		return url;
	}

	private String tail() {
		return String.join("\n", report.tail());
	}

	/** Starts a process as this deployment's current one, unless the deployment was aborted meanwhile. */
	private ChildProcess spawn(String role, List<String> command, Path directory, Map<String, String> environment,
			DeploymentPhase phase) throws IOException, DeploymentFailure {
		ChildProcess started = ChildProcess.start("deploy-" + id() + "-" + role, command, directory, environment,
				report::line);
		boolean aborted;
		synchronized (this) {
			aborted = abort != null;
			if (!aborted) {
				child = started;
			}
		}
		if (aborted) {
			started.stop(settings.stopGrace());
			throw new DeploymentFailure("Aborted");
		}
		registry.add(childEntry(started, phase));
		return started;
	}

	private synchronized void forget(ChildProcess process) {
		registry.remove(process.pid());
		if (child == process) {
			child = null;
		}
	}

	private ChildRegistry.Child childEntry(ChildProcess process, DeploymentPhase as) {
		return new ChildRegistry.Child(id(), request.projectId(), request.environment(), as, process.pid(),
				process.startedAt());
	}

	/**
	 * Makes the healthy app live, unless the deployment was aborted or its app exited meanwhile.
	 * @return whether it is live now
	 */
	synchronized boolean succeed() {
		if (abort != null || child == null || !child.isAlive() || !moveTo(SUCCEEDED, url, null)) {
			return false;
		}
		registry.add(childEntry(child, SUCCEEDED));
		return true;
	}

	/** Cancels the build or start, or stops the live app. @return false when it had already ended */
	boolean cancel() {
		return isLive() ? stopApp("Stopped on request") : abort(CANCELLED, "Cancelled on request");
	}

	/** Stratus is stopping: the live app stops, a build or start fails. */
	void shutdown() {
		if (!stopApp("Stratus stopped")) {
			abort(FAILED, "Stratus stopped before the deployment finished");
		}
	}

	private synchronized boolean isLive() {
		return phase == SUCCEEDED;
	}

	private boolean abort(DeploymentPhase as, String reason) {
		ChildProcess running;
		boolean started;
		synchronized (this) {
			if (phase != null && phase != BUILDING && phase != DEPLOYING) {
				return false;
			}
			abort = new Abort(as, reason);
			running = child;
			started = phase != null;
		}
		if (running != null) {
			running.stop(settings.stopGrace());
		}
		end(reason);
		if (!started) {
			// Still queued, and perhaps never to run (Stratus stopping): nothing else would release it.
			release();
		}
		return true;
	}

	/** Stops the live app. @return false when it is not live (not yet, or not any more) */
	boolean stopApp(String reason) {
		ChildProcess app;
		synchronized (this) {
			if (phase != SUCCEEDED || stopReason != null || child == null) {
				return false;
			}
			stopReason = reason;
			app = child;
		}
		app.stop(settings.stopGrace());
		appExited(app);
		// The exit watcher may be the one releasing: the caller counts on the sandbox being gone.
		done.join();
		return true;
	}

	private void appExited(ChildProcess app) {
		synchronized (this) {
			if (phase != SUCCEEDED) {
				// Not live yet: the health wait reports it. Or already stopped.
				return;
			}
			moveTo(STOPPED, null,
					stopReason != null ? stopReason : "The app exited by itself with code " + app.exitCode());
		}
		release();
	}

	/** Ends a deployment still building or starting: FAILED, or as it was aborted. */
	private synchronized void end(String reason) {
		if (abort != null) {
			moveTo(abort.phase(), null, abort.reason());
		}
		else {
			moveTo(FAILED, null, reason);
		}
	}

	private synchronized boolean moveTo(DeploymentPhase next, @Nullable URI liveUrl, @Nullable String reason) {
		boolean allowed = switch (next) {
			case BUILDING -> phase == null;
			case DEPLOYING -> phase == BUILDING && abort == null;
			case SUCCEEDED -> phase == DEPLOYING;
			case FAILED, CANCELLED -> phase == null || phase == BUILDING || phase == DEPLOYING;
			case STOPPED -> phase == SUCCEEDED;
		};
		if (allowed) {
			phase = next;
			report.phase(next, liveUrl, reason);
		}
		return allowed;
	}

	/** Kills what is left, forgets it, deletes the sandbox and tells the target; once. */
	private void release() {
		ChildProcess last;
		synchronized (this) {
			if (released) {
				return;
			}
			released = true;
			last = child;
		}
		if (last != null) {
			last.stop(settings.stopGrace());
			registry.remove(last.pid());
		}
		try {
			Sandbox.delete(sandbox);
		}
		catch (IOException ex) {
			log.atWarn().addKeyValue("deploymentId", id()).log("Could not delete a deployment's sandbox");
		}
		ended.accept(this);
		done.complete(null);
	}

	/** Completes once the deployment has ended and released everything. */
	CompletableFuture<Void> released() {
		return done;
	}

	/** @return the live app, or null while the deployment is not live */
	synchronized @Nullable RunningApp runningApp() {
		if (phase != SUCCEEDED || child == null || url == null) {
			return null;
		}
		return new RunningApp(id(), request.projectId(), request.environment(), url, child.pid(),
				child.startedAt());
	}

}
