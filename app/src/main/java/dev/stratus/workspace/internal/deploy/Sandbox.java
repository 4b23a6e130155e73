package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

	/** A port free now on the loopback interface; the app binds it a moment later. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port", ex);
		}
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
