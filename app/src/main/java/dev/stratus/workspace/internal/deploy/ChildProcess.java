package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A build or an app of one deployment: started with only the environment it is given (none of Stratus's
 * settings or credentials), its output merged and read line by line on a thread of its own (lines cut at a bound
 * while reading, so an endless line cannot fill the memory), and stopped together with every process it started.
 */
final class ChildProcess {

	private final Process process;

	private final Instant startedAt;

	private final Thread reader;

	private ChildProcess(Process process, Thread reader) {
		this.process = process;
		this.startedAt = process.info().startInstant().orElseGet(Instant::now);
		this.reader = reader;
	}

	/**
	 * @param output called with each line, from the reading thread
	 * @throws IOException when the command cannot be run
	 */
	static ChildProcess start(String name, List<String> command, Path directory, Map<String, String> environment,
			Consumer<String> output) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().putAll(environment);
		Process process = builder.start();
		// Nothing is ever typed in: a child that reads its input sees the end at once.
		process.getOutputStream().close();
		Thread reader = new Thread(() -> readLines(process, output), name + "-output");
		reader.setDaemon(true);
		reader.start();
		return new ChildProcess(process, reader);
	}

	private static void readLines(Process process, Consumer<String> output) {
		try (Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c >= 0; c = in.read()) {
				if (c == '\n') {
					output.accept(line.toString());
					line.setLength(0);
				}
				else if (c != '\r' && line.length() <= ProgressReport.MAX_LINE_LENGTH) {
					line.append((char) c);
				}
			}
			if (!line.isEmpty()) {
				output.accept(line.toString());
			}
		}
		catch (IOException closed) {
			// The process is gone and took its pipe along: nothing more to read.
		}
	}

	long pid() {
		return process.pid();
	}

	Instant startedAt() {
		return startedAt;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	int exitCode() {
		return process.exitValue();
	}

	CompletableFuture<Process> onExit() {
		return process.onExit();
	}

	/** @return whether it exited within the time; its output is then read to the end too */
	boolean awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			return false;
		}
		reader.join(Duration.ofSeconds(5).toMillis());
		return true;
	}

	/** Stops the process and its descendants: see {@link ProcessTrees#stop}. */
	void stop(Duration grace) {
		ProcessTrees.stop(List.of(process.toHandle()), grace);
	}

}
