package dev.stratus.localcloud;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DynamoDB on the wire: dynalite (LevelDB) with transactions added, run by Node as a child
 * process (see {@code localcloud/node/README.md} for why not Amazon's DynamoDB Local). The child
 * exits by itself when this JVM dies, because it watches its standard input.
 */
final class DynamoDbServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DynamoDbServer.class);

	private static final long START_TIMEOUT_SECONDS = 30;

	private final Process process;

	private final URI endpoint;

	private DynamoDbServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	static DynamoDbServer start(Path home, LocalCloudConfig.Network network, int port, Optional<Path> dataDir) {
		Path script = home.resolve("localcloud/node/dynamodb-server.mjs");
		if (!Files.isRegularFile(script.resolveSibling("node_modules/dynalite/package.json"))) {
			throw new LocalCloudException("The DynamoDB server is not installed in " + script.getParent()
					+ ": run 'npm ci' there (the Maven build does it)");
		}
		List<String> command = new ArrayList<>(List.of("node", script.toString(), "--host", network.bind(), "--port",
				Integer.toString(port)));
		dataDir.ifPresent(dir -> command.addAll(List.of("--path", dir.toString())));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		}
		catch (IOException ex) {
			throw new LocalCloudException("Could not run Node for the DynamoDB server: install Node.js 20 or later",
					ex);
		}
		awaitReady(process);
		return new DynamoDbServer(process, URI.create("http://" + network.connectHost() + ":" + port));
	}

	private static void awaitReady(Process process) {
		var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
			try {
				return reader.readLine();
			}
			catch (IOException ex) {
				return null;
			}
		});
		try {
			String line = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			if (line == null || !line.contains("\"listening\"")) {
				process.destroyForcibly();
				throw new LocalCloudException("The DynamoDB server did not start (see its message above)");
			}
		}
		catch (TimeoutException | ExecutionException ex) {
			process.destroyForcibly();
			throw new LocalCloudException("The DynamoDB server did not start within " + START_TIMEOUT_SECONDS + " s",
					ex);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new LocalCloudException("Interrupted while starting the DynamoDB server", ex);
		}
	}

	URI endpoint() {
		return endpoint;
	}

	/** Closing our end of its standard input asks the server to flush LevelDB and exit. */
	@Override
	public void close() {
		try {
			process.getOutputStream().close();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				log.warn("DynamoDB server did not stop within 10 s; killing it");
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (IOException ex) {
			process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
