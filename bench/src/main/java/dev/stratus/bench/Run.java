package dev.stratus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What one harness run shares: the checkout, a fresh temporary folder for data and logs, the
 * processes to stop at the end, the progress line and the report.
 */
final class Run implements AutoCloseable {

	/** What {@code --only} accepts. */
	static final List<String> PARTS = List.of("workspace", "api");

	final Path home;

	final Path tmp;

	final Path logs;

	final Path results;

	final boolean quick;

	/**
	 * {@code --only workspace} or {@code --only api}: one part of the full run alone, into {@code bench-<part>};
	 * {@code null} for the whole run.
	 */
	final @Nullable String only;

	final Cleanup cleanup = new Cleanup();

	final Progress progress;

	final Report report;

	private Run(String kind, Path home, Path results, boolean quick, @Nullable String only) throws IOException {
		this.home = home;
		this.results = results;
		this.quick = quick;
		this.only = only;
		this.tmp = Files.createTempDirectory("stratus-" + kind + "-");
		this.logs = Files.createDirectories(tmp.resolve("logs"));
		this.progress = new Progress(kind + (quick ? " --quick" : ""));
		this.report = new Report(kind + (quick ? "-quick" : "") + (only == null ? "" : "-" + only));
	}

	/**
	 * Reads {@code --quick} and {@code --results DIR}; anything else is a usage error. A full run
	 * writes to {@code bench/results} (the figures the README quotes); a quick run, which CI and
	 * {@code ./stratus test} make, to {@code bench/target/results}, so running the tests rewrites
	 * no tracked file ({@code --results bench/results} refreshes the committed quick results).
	 * {@code --only workspace} measures the workspace's reads alone, for a change that touched only them;
	 * {@code --only api} the issue #20 targets: cold and warm product reads, orders and start-ups.
	 */
	static Run start(String kind, String[] args) {
		List<String> rest = Arrays.asList(args);
		boolean quick = rest.contains("--quick");
		String only = null;
		Path home = home();
		Path results = home.resolve(quick ? "bench/target/results" : "bench/results");
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--results") && i + 1 < args.length) {
				results = Path.of(args[++i]).toAbsolutePath();
			}
			else if (args[i].equals("--only") && i + 1 < args.length && PARTS.contains(args[i + 1])) {
				only = args[++i];
			}
			else if (!args[i].equals("--quick")) {
				System.err.println("usage: " + kind + " [--quick] [--results DIR] [--only workspace|api]");
				System.exit(2);
			}
		}
		try {
			Run run = new Run(kind, home, results, quick, only);
			System.out.println(kind + ": data and logs in " + run.tmp);
			return run;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary folder", ex);
		}
	}

	/** {@code STRATUS_HOME} (the launcher sets it), else the nearest folder above holding the launcher. */
	static Path home() {
		String configured = System.getenv("STRATUS_HOME");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("stratus")) && Files.isDirectory(dir.resolve("localcloud"))) {
				return dir;
			}
		}
		throw new IllegalStateException("Cannot find the Stratus checkout: run from inside it or set STRATUS_HOME");
	}

	Path dir(String name) {
		try {
			return Files.createDirectories(tmp.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	AppProcess app(String name, Path dataDir, java.util.Map<String, String> cloud) {
		return cleanup.add(AppProcess.start(home, name, Ports.free(), dataDir, cloud, logs));
	}

	LocalCloudProcess localCloud(String name, Path dataDir, CloudPorts ports) {
		return cleanup.add(LocalCloudProcess.start(home, name, dataDir, ports, logs));
	}

	/** Stops a process now, rather than at the end of the run. */
	void stop(Proc proc) {
		proc.stop(15);
		cleanup.forget(proc);
	}

	/**
	 * Writes the results and returns the exit status: 0 when every check passed. The temporary
	 * folder is removed after a clean run and kept, with its logs, after a failed one.
	 */
	int finish(@Nullable Throwable failure) {
		progress.close();
		cleanup.close();
		if (failure != null) {
			report.check(Check.of("run completed", false,
					failure.getClass().getSimpleName() + ": " + failure.getMessage()));
		}
		for (Path written : report.write(results)) {
			System.out.println("wrote " + written);
		}
		long failed = report.checks().stream().filter(c -> !c.passed()).count();
		if (failed == 0) {
			delete(tmp);
			System.out.println("all " + report.checks().size() + " checks passed");
			return 0;
		}
		System.out.println(failed + " of " + report.checks().size() + " checks FAILED; logs kept in " + logs);
		return 1;
	}

	private static void delete(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("could not remove " + dir + ": " + ex.getMessage());
		}
	}

	@Override
	public void close() {
		cleanup.close();
	}

}
