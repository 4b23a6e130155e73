package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.stratus.workspace.internal.deploy.DeploymentPhase.BUILDING;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.CANCELLED;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.DEPLOYING;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.FAILED;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.STOPPED;
import static dev.stratus.workspace.internal.deploy.DeploymentPhase.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Real deployments of a minimal Spring Boot app (test resources {@code deploy-fixture/healthy-app}), built with
 * Maven offline from the local repository that Stratus's own build filled, and started as real processes.
 */
class LocalDeploymentTargetTests {

	private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(4);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static byte[] healthyApp;

	private static byte[] uncompilableApp;

	@TempDir
	Path data;

	private final List<Object> events = new CopyOnWriteArrayList<>();

	private LocalDeploymentTarget target;

	@BeforeAll
	static void zipFixtures() {
		healthyApp = Zips.fixture("healthy-app", Map.of());
		uncompilableApp = Zips.fixture("healthy-app", Map.of("src/main/java/dev/example/hello/Broken.java",
				"package dev.example.hello;\n\nclass Broken {\n\tint missing = undefinedName;\n}\n"));
	}

	@BeforeEach
	void startTarget() {
		target = newTarget();
		target.start();
	}

	private LocalDeploymentTarget newTarget() {
		return new LocalDeploymentTarget(new DeploySettings(data.resolve("deployments"), "mvn", Duration.ofMinutes(3),
				"512m", "256m", Duration.ofMinutes(2), Duration.ofSeconds(10), 2, 5000, 64 * 1024 * 1024,
				new ArchiveUnpacker.Limits(10_000, 256L * 1024 * 1024)), Clock.systemUTC(), events::add);
	}

	@AfterEach
	void stopTarget() {
		target.stop();
	}

	private static DeploymentRequest request(String id, String environment, byte[] zip) {
		return new DeploymentRequest(id, "project-1", environment, DeploymentArchive.of(zip));
	}

	private static int healthStatus(URI app) {
		try {
			return http.send(HttpRequest.newBuilder(app.resolve("/actuator/health")).timeout(Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static void awaitGone(long... pids) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> LongStream.of(pids).mapToObj(ProcessHandle::of).noneMatch(
					process -> process.filter(ProcessHandle::isAlive).isPresent()));
	}

	private Path sandbox(String deploymentId) {
		return data.resolve("deployments").resolve(deploymentId);
	}

	@Test
	void deploysAppsThatServeTheirHealthUrlUntilStratusStops() throws Exception {
		var dev = new RecordingSink();
		var staging = new RecordingSink();

		target.deploy(request("dev-1", "dev", healthyApp), dev);
		target.deploy(request("staging-1", "staging", healthyApp), staging);
		URI devUrl = dev.awaitPhase(SUCCEEDED, DEPLOY_TIMEOUT).url();
		URI stagingUrl = staging.awaitPhase(SUCCEEDED, DEPLOY_TIMEOUT).url();

		assertThat(dev.phaseNames()).containsExactly(BUILDING, DEPLOYING, SUCCEEDED);
		assertThat(devUrl.getHost()).isEqualTo("127.0.0.1");
		assertThat(healthStatus(devUrl)).isEqualTo(200);
		assertThat(healthStatus(stagingUrl)).isEqualTo(200);
		assertThat(dev.lines).extracting(LogLine::seq)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, dev.lines.size()).boxed().toList());
		assertThat(dev.text()).contains("BUILD SUCCESS", "Started HelloApplication", "secret=***")
			.doesNotContain("hunter2", "abc123", data.toString());
		List<RunningApp> running = target.running();
		assertThat(running).extracting(RunningApp::deploymentId).containsExactlyInAnyOrder("dev-1", "staging-1");
		long[] pids = running.stream().mapToLong(RunningApp::pid).toArray();

		target.stop();

		assertThat(dev.phases.get(3).phase()).isEqualTo(STOPPED);
		assertThat(dev.phases.get(3).reason()).isEqualTo("Stratus stopped");
		assertThat(staging.phaseNames()).endsWith(STOPPED);
		awaitGone(pids);
		assertThat(healthStatus(devUrl)).isEqualTo(-1);
		assertThat(sandbox("dev-1")).doesNotExist();
		assertThat(data.resolve("deployments/children.tsv")).isEmptyFile();
	}

	@Test
	void replacesTheLiveAppOnlyOnceTheNewOneIsHealthy() {
		var first = new RecordingSink();
		target.deploy(request("first", "dev", healthyApp), first);
		URI firstUrl = first.awaitPhase(SUCCEEDED, DEPLOY_TIMEOUT).url();
		long firstPid = target.running().get(0).pid();

		var broken = new RecordingSink();
		target.deploy(request("broken", "dev", uncompilableApp), broken);
		broken.awaitPhase(FAILED, DEPLOY_TIMEOUT);
		assertThat(healthStatus(firstUrl)).as("the old app after a failed deployment").isEqualTo(200);

		AtomicInteger oldAppWhenNewWasHealthy = new AtomicInteger();
		var second = new RecordingSink(change -> {
			if (change.phase() == SUCCEEDED) {
				oldAppWhenNewWasHealthy.set(healthStatus(firstUrl));
			}
		});
		target.deploy(request("second", "dev", healthyApp), second);
		URI secondUrl = second.awaitPhase(SUCCEEDED, DEPLOY_TIMEOUT).url();

		assertThat(oldAppWhenNewWasHealthy).hasValue(200);
		PhaseChange stopped = first.awaitPhase(STOPPED, Duration.ofSeconds(30));
		assertThat(stopped.reason()).isEqualTo("Replaced by deployment second");
		awaitGone(firstPid);
		assertThat(healthStatus(secondUrl)).isEqualTo(200);
		assertThat(target.running()).extracting(RunningApp::deploymentId).containsExactly("second");
	}

	@Test
	void failsAProjectThatDoesNotCompileWithTheCompilersError() {
		var sink = new RecordingSink();

		target.deploy(request("broken", "dev", uncompilableApp), sink);
		PhaseChange failed = sink.awaitPhase(FAILED, DEPLOY_TIMEOUT);

		assertThat(sink.phaseNames()).containsExactly(BUILDING, FAILED);
		assertThat(failed.reason()).startsWith("The build failed (Maven exited with 1)");
		assertThat(sink.text()).contains("source/src/main/java/dev/example/hello/Broken.java", "cannot find symbol",
				"undefinedName");
		assertThat(target.running()).isEmpty();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sandbox("broken")).doesNotExist());
	}

	@Test
	void takesDeploymentsAgainWhenStartedAfterAStop() {
		target.stop();
		target.start();
		var sink = new RecordingSink();

		target.deploy(request("after-restart", "dev", uncompilableApp), sink);

		sink.awaitPhase(FAILED, DEPLOY_TIMEOUT);
		assertThat(sink.phaseNames()).containsExactly(BUILDING, FAILED);
	}

	@Test
	void cancelsDuringTheBuildAndLeavesNoProcessBehind() {
		Set<Long> before = ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
		var sink = new RecordingSink();
		target.deploy(request("cancelled", "dev", healthyApp), sink);
		await().atMost(Duration.ofSeconds(60)).until(() -> sink.lines.stream()
			.anyMatch(line -> line.text().contains("Scanning for projects")));
		List<ProcessHandle> build = ProcessHandle.current().descendants()
			.filter(process -> !before.contains(process.pid()))
			.toList();

		assertThat(target.cancel("cancelled")).isTrue();
		PhaseChange cancelled = sink.awaitPhase(CANCELLED, Duration.ofSeconds(30));

		assertThat(build).isNotEmpty();
		assertThat(build).noneMatch(ProcessHandle::isAlive);
		assertThat(cancelled.reason()).isEqualTo("Cancelled on request");
		assertThat(sink.phaseNames()).containsExactly(BUILDING, CANCELLED);
		assertThat(target.cancel("cancelled")).isFalse();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sandbox("cancelled")).doesNotExist());
	}

	@Test
	void failsWhatIsNotAZip() {
		var sink = new RecordingSink();

		target.deploy(request("not-zip", "dev", "PK but not really".getBytes(StandardCharsets.UTF_8)), sink);

		assertThat(sink.awaitPhase(FAILED, Duration.ofSeconds(30)).reason()).contains("not a zip file");
	}

	@Test
	void refusesAZipSlipArchive() throws IOException {
		var sink = new RecordingSink();
		Path zipSlip = Files.write(data.resolve("zip-slip.zip"),
				Zips.ofText(Map.of("pom.xml", "<project/>", "../../escaped.txt", "gotcha")));

		target.deploy(new DeploymentRequest("zip-slip", "project-1", "dev", DeploymentArchive.of(zipSlip)), sink);

		assertThat(sink.awaitPhase(FAILED, Duration.ofSeconds(30)).reason())
			.contains("'../../escaped.txt' points outside the project");
		assertThat(data.resolve("escaped.txt")).doesNotExist();
		assertThat(data.resolve("deployments/escaped.txt")).doesNotExist();
	}

	@Test
	void refusesADeploymentIdItAlreadyHas() {
		target.deploy(request("twice", "dev", healthyApp), new RecordingSink());

		assertThatIllegalStateException()
			.isThrownBy(() -> target.deploy(request("twice", "dev", healthyApp), new RecordingSink()));
	}

	@Test
	void stopsTheAppsAPreviousRunLeftWhenItStarts() throws Exception {
		target.stop();
		Path program = Files.writeString(data.resolve("Idle.java"),
				"class Idle { public static void main(String[] a) throws Exception { Thread.sleep(600_000); } }");
		Process leftover = new ProcessBuilder(Sandbox.java(), program.toString()).start();
		ProcessHandle self = ProcessHandle.current();
		Instant selfStart = self.info().startInstant().orElseThrow();
		var registry = new ChildRegistry(data.resolve("deployments/children.tsv"));
		registry.add(new ChildRegistry.Child("left-app", "p1", "prod", SUCCEEDED, leftover.pid(),
				leftover.info().startInstant().orElseThrow()));
		// This test's own JVM, under a start instant that is not its own: a pid the system handed on.
		registry.add(new ChildRegistry.Child("pid-reused", "p1", "dev", SUCCEEDED, self.pid(),
				selfStart.minusSeconds(60)));
		Files.createDirectories(sandbox("left-app").resolve("source"));

		target = newTarget();
		target.start();

		awaitGone(leftover.pid());
		assertThat(self.isAlive()).isTrue();
		assertThat(events).map(LeftoverDeploymentStopped.class::cast)
			.extracting(LeftoverDeploymentStopped::deploymentId, LeftoverDeploymentStopped::environment,
					LeftoverDeploymentStopped::phase)
			.containsExactlyInAnyOrder(tuple("left-app", "prod", SUCCEEDED),
					tuple("pid-reused", "dev", SUCCEEDED));
		assertThat(sandbox("left-app")).doesNotExist();
		assertThat(data.resolve("deployments/children.tsv")).isEmptyFile();
	}

}
