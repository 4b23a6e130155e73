package dev.stratus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built app, started the way a user starts it ({@code ./stratus run}, which execs the jar), on
 * its own port and data folder, with rate limits off and the harness's administrator.
 */
final class AppProcess extends Proc {

	private final int port;

	private final Shop shop;

	private AppProcess(String name, Path home, Map<String, String> env, Path log, int port) {
		super(name, List.of(home.resolve("stratus").toString(), "run"), env, home, log);
		this.port = port;
		this.shop = new Shop(new Api(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(20)));
	}

	/**
	 * @param cloud either the embedded local cloud's ports ({@link CloudPorts#env()}) or
	 * {@code STRATUS_LOCALCLOUD} pointing at a shared one
	 */
	static AppProcess start(Path home, String name, int port, Path dataDir, Map<String, String> cloud, Path logDir) {
		Map<String, String> env = new HashMap<>(cloud);
		env.put("STRATUS_PORT", Integer.toString(port));
		env.put("STRATUS_DATA_DIR", dataDir.toString());
		env.put("STRATUS_MODE", "local");
		env.put("STRATUS_ADMIN_EMAIL", Shop.ADMIN_EMAIL);
		env.put("STRATUS_ADMIN_PASSWORD", Shop.ADMIN_PASSWORD);
		env.put("STRATUS_RATE_LIMIT_ANONYMOUS", "0");
		env.put("STRATUS_RATE_LIMIT_AUTHENTICATED", "0");
		env.put("STRATUS_RATE_LIMIT_AUTH", "0");
		return new AppProcess(name, home, env, logDir.resolve(name + ".log"), port);
	}

	int port() {
		return port;
	}

	Shop shop() {
		return shop;
	}

	/**
	 * Polls {@code /api/health} until it answers 200.
	 * @return milliseconds from the start of the process to its first healthy answer
	 * @throws IllegalStateException when the process exits or the deadline passes first
	 */
	long awaitHealthy(Duration timeout) {
		// A process that exited ends the wait at once; the check below tells the two apart.
		boolean healthy = Deadline.until(timeout, Duration.ofMillis(100), () -> !alive() || shop.healthy()) && alive();
		long ms = (System.nanoTime() - startedNanos()) / 1_000_000;
		if (!healthy) {
			throw new IllegalStateException(name() + " was not healthy " + ms + " ms after start (alive: " + alive()
					+ "); last log lines:\n" + tail(30));
		}
		return ms;
	}

	/**
	 * What the launcher said it starts the app on ({@code Java 25, AOT cache}, say), from the log's first line.
	 * @return empty when the log does not say
	 */
	String launchedWith() {
		try (var lines = Files.lines(log())) {
			return lines.filter(line -> line.startsWith("stratus: starting on") && line.matches(".*; .*\\)$"))
				.findFirst()
				.map(line -> line.replaceFirst(".*; (.*)\\)$", "$1"))
				.orElse("");
		}
		catch (IOException | UncheckedIOException ex) {
			return "";
		}
	}

	@Override
	public String toString() {
		return name() + " (pid " + pid() + ", port " + port + ")";
	}

}
