package dev.stratus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.localcloud.Endpoints;

/**
 * The local cloud alone, as {@code ./stratus localcloud} runs it, on fixed ports; it is ready
 * when it has written {@code <data>/localcloud.endpoints}.
 */
final class LocalCloudProcess extends Proc {

	private final Path endpointsFile;

	private LocalCloudProcess(String name, List<String> command, Map<String, String> env, Path home, Path log,
			Path endpointsFile) {
		super(name, command, env, home, log);
		this.endpointsFile = endpointsFile;
	}

	static LocalCloudProcess start(Path home, String name, Path dataDir, CloudPorts ports, Path logDir) {
		Path endpointsFile = dataDir.resolve("localcloud.endpoints");
		try {
			Files.deleteIfExists(endpointsFile);
			String classpath = Files.readString(home.resolve("localcloud/target/classpath.txt")).trim();
			String jar = home.resolve("localcloud/target/stratus-localcloud-0.1.0-SNAPSHOT.jar").toString();
			Map<String, String> env = new HashMap<>(ports.env());
			env.put("STRATUS_DATA_DIR", dataDir.toString());
			env.put("STRATUS_HOME", home.toString());
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					jar + ":" + classpath, "dev.stratus.localcloud.LocalCloudMain");
			return new LocalCloudProcess(name, command, env, home, logDir.resolve(name + ".log"), endpointsFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The local cloud is not built (" + ex.getMessage()
					+ "): run 'mvn -B -DskipTests install' first", ex);
		}
	}

	/**
	 * @return its endpoints and the milliseconds from start until they were written
	 * @throws IllegalStateException when it exits or the deadline passes first
	 */
	Ready awaitReady(Duration timeout) {
		// An exited process ends the wait with an empty answer.
		Optional<Endpoints> endpoints = Deadline.poll(timeout, Duration.ofMillis(50), () -> {
			if (!alive() || !Files.isRegularFile(endpointsFile)) {
				return alive() ? Optional.empty() : Optional.of(Optional.<Endpoints>empty());
			}
			try {
				String line = Files.readString(endpointsFile).trim();
				return line.isEmpty() ? Optional.empty() : Optional.of(Optional.of(Endpoints.parse(line)));
			}
			catch (IOException | IllegalArgumentException halfWritten) {
				return Optional.empty();
			}
		}).flatMap(e -> e);
		long ms = (System.nanoTime() - startedNanos()) / 1_000_000;
		return endpoints.map(e -> new Ready(e, ms))
			.orElseThrow(() -> new IllegalStateException(
					name() + " was not ready after " + ms + " ms; last log lines:\n" + tail(30)));
	}

	record Ready(Endpoints endpoints, long ms) {
	}

	@Override
	public String toString() {
		return name() + " (pid " + pid() + ")";
	}

}
