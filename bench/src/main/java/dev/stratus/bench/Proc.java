package dev.stratus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * A child process of the harness with its output in a log file. Stopping it also stops whatever
 * it started (the app's DynamoDB server), so nothing outlives the run.
 */
class Proc implements AutoCloseable {

	/** The caller's only {@code STRATUS_*} settings a child process gets: which JVM, and its options. */
	private static final java.util.Set<String> PASSED = java.util.Set.of("STRATUS_JAVA", "STRATUS_JAVA_OPTS");

	private final String name;

	private final Process process;

	private final Path log;

	private final long startedNanos;

	Proc(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
		this.name = name;
		this.log = log;
		var builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		// Settings from the caller's shell (say STRATUS_LOCALCLOUD) must not leak into the run; the JVM and its
		// options pass, so a run can be profiled with STRATUS_JAVA_OPTS, or made on another Java with STRATUS_JAVA.
		builder.environment().keySet().removeIf(key -> key.startsWith("STRATUS_") && !PASSED.contains(key));
		builder.environment().putAll(env);
		this.startedNanos = System.nanoTime();
		try {
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name + ": " + String.join(" ", command), ex);
		}
	}

	String name() {
		return name;
	}

	long pid() {
		return process.pid();
	}

	boolean alive() {
		return process.isAlive();
	}

	long startedNanos() {
		return startedNanos;
	}

	Path log() {
		return log;
	}

	/** The last lines of the log, for a failure message. */
	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/** The processes it started, and theirs. */
	LongStream descendantPids() {
		return process.descendants().mapToLong(ProcessHandle::pid);
	}

	/** Resident memory of the process and of its descendants, in KiB, from /proc. */
	Rss rss() {
		long own = Rss.of(process.pid());
		long children = process.descendants().mapToLong(p -> Rss.of(p.pid())).sum();
		return new Rss(own, children);
	}

	record Rss(long ownKb, long childrenKb) {

		static long of(long pid) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
					if (line.startsWith("VmRSS:")) {
						return Long.parseLong(line.replaceAll("[^0-9]", ""));
					}
				}
				return 0;
			}
			catch (IOException | UncheckedIOException gone) {
				return 0;
			}
		}

		double ownMb() {
			return ownKb / 1024.0;
		}

		double totalMb() {
			return (ownKb + childrenKb) / 1024.0;
		}

	}

	/** SIGKILL to this process only: its children are left to notice by themselves, as after a crash. */
	List<ProcessHandle> kill9() {
		List<ProcessHandle> children = process.descendants().toList();
		process.destroyForcibly();
		await(process, 10);
		return children;
	}

	/** SIGTERM to this process only, as Ctrl-C, {@code kill} or a container stop sends it; nothing after. */
	List<ProcessHandle> terminate() {
		List<ProcessHandle> children = process.descendants().toList();
		process.destroy();
		return children;
	}

	/** @return the exit status, or empty while the process runs */
	OptionalInt exitStatus() {
		return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
	}

	/** SIGTERM, then SIGKILL for it and its descendants if it has not exited within the grace time. */
	void stop(int graceSeconds) {
		List<ProcessHandle> children = process.descendants().toList();
		if (process.isAlive()) {
			process.destroy();
			if (!await(process, graceSeconds)) {
				process.destroyForcibly();
				await(process, 10);
			}
		}
		for (ProcessHandle child : children) {
			if (child.isAlive()) {
				child.destroyForcibly();
			}
		}
	}

	private static boolean await(Process process, int seconds) {
		try {
			return process.waitFor(seconds, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void close() {
		stop(15);
	}

}
