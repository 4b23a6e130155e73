package dev.stratus.fleet;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * moto's server ({@code moto_server}, moto 5.2.1 on the build machines, not on users' laptops) on a free
 * loopback port: an AWS-compatible EC2 and CloudWatch written by other people. It keeps its state in memory
 * and starts empty; {@link #close} stops it.
 */
final class MotoServer implements AutoCloseable {

	static final String COMMAND = "moto_server";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Process process;

	private final URI endpoint;

	private final Path log;

	private MotoServer(Process process, URI endpoint, Path log) {
		this.process = process;
		this.endpoint = endpoint;
		this.log = log;
	}

	/** Whether {@code moto_server} is an executable on the PATH. */
	static boolean onPath() {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String dir : path.split(File.pathSeparator)) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, COMMAND))) {
				return true;
			}
		}
		return false;
	}

	/** Starts it and waits until it answers (2–3 s: moto imports its services first). */
	static MotoServer start() {
		try {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			Path log = Files.createTempFile("moto-server-", ".log");
			Process process = new ProcessBuilder(COMMAND, "-H", "127.0.0.1", "-p", Integer.toString(port))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			MotoServer moto = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
			try {
				Awaitility.await("moto_server answering on port " + port)
					.atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(100))
					.until(moto::answers);
			}
			catch (RuntimeException notStarted) {
				moto.close();
				throw new IllegalStateException("moto_server did not answer; its output:\n" + Files.readString(log),
						notStarted);
			}
			return moto;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + COMMAND, ex);
		}
	}

	URI endpoint() {
		return endpoint;
	}

	private boolean answers() {
		if (!process.isAlive()) {
			throw new IllegalStateException("moto_server exited with status " + process.exitValue());
		}
		try {
			// Any answer will do: it listens. (Its data dump would load every service's models first.)
			HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset-auth"))
				.timeout(Duration.ofSeconds(2))
				.build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() > 0;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
			Files.deleteIfExists(log);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// A temporary log left behind is harmless.
		}
	}

}
