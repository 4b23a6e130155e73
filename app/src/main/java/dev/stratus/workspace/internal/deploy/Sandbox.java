package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.stratus.localcloud.FreePort;

/**
 * What a deployment's processes get from this machine: their own directory, a free loopback port, and an
 * environment trimmed to what a JVM and Maven need, so that no Stratus setting or credential reaches them.
 */
final class Sandbox {

	private static final List<String> PASSED_ON = List.of("PATH", "HOME", "USER", "LANG", "LC_ALL", "TZ", "TMPDIR");

	private Sandbox() {
	}

	/** The environment children run with, Stratus's own Java as theirs. */
	static Map<String, String> environment() {
		Map<String, String> environment = new HashMap<>();
		for (String name : PASSED_ON) {
			String value = System.getenv(name);
			if (value != null) {
				environment.put(name, value);
			}
		}
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		return environment;
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** A port free on the loopback interface until the deployed app binds it, seconds later (see {@link FreePort}). */
	static int freePort() {
		return FreePort.resolve(0, "a deployment");
	}

	/** Deletes the directory and everything below it; links are deleted, never followed. */
	static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
