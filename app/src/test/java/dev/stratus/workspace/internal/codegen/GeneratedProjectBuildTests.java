package dev.stratus.workspace.internal.codegen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.stratus.workspace.internal.schema.SampleSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why {@code spring-boot} is offered: a generated project of ten entities builds with {@code mvn -o package}
 * against the local Maven repository Stratus's own build filled, and its own tests (one class per entity,
 * plus the health check) pass.
 */
class GeneratedProjectBuildTests {

	private static final Duration DEADLINE = Duration.ofMinutes(6);

	@TempDir
	Path dir;

	@Test
	void buildsATenEntityProjectOfflineAndItsTestsPass() throws IOException, InterruptedException {
		GeneratedProject project = new CodeGenerators(List.of(new SpringBootGenerator())).generate("spring-boot",
				"Acme Shop", SampleSchemas.shop());
		Path source = dir.resolve("acme-shop");
		SpringBootGeneratorTests.unzip(project.archive(), source);
		Path log = dir.resolve("build.log");

		Process build = new ProcessBuilder(command()).directory(source.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean finished = build.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
		if (!finished) {
			build.descendants().forEach(ProcessHandle::destroyForcibly);
			build.destroyForcibly();
		}

		assertThat(finished).as("build finished within %s:%n%s", DEADLINE, tail(log)).isTrue();
		assertThat(build.exitValue()).as("exit code of the build:%n%s", tail(log)).isZero();
		assertThat(source.resolve("target/acme-shop.jar")).isRegularFile();
		try (Stream<Path> reports = Files.list(source.resolve("target/surefire-reports"))) {
			assertThat(reports.filter(report -> report.getFileName().toString().matches("TEST-.*\\.xml")))
				.as("one test report per entity and the application's")
				.hasSize(11);
		}
	}

	private static List<String> command() {
		List<String> command = new ArrayList<>(List.of(maven(), "-o", "-B", "-q", "package"));
		String repository = System.getProperty("maven.repo.local");
		if (repository != null) {
			command.add("-Dmaven.repo.local=" + repository);
		}
		return command;
	}

	/** {@code mvn} from the PATH, else Stratus's own wrapper. */
	private static String maven() {
		String path = System.getenv().getOrDefault("PATH", "");
		return Arrays.stream(path.split(File.pathSeparator))
			.map(entry -> Path.of(entry, "mvn"))
			.filter(Files::isExecutable)
			.findFirst()
			.map(Path::toString)
			.orElseGet(() -> Path.of(System.getProperty("stratus.home", ".."), "mvnw").toString());
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 150), lines.size()));
	}

}
