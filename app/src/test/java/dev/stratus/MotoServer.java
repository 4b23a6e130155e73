package dev.stratus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.stratus.localcloud.FreePort;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * moto's server ({@code moto_server}, moto 5.2.1 on the build machines, not on users' laptops): an AWS-compatible
 * endpoint written by other people, on a free loopback port, for the AWS-mode adapters' tests (Cognito, SNS, SQS,
 * DynamoDB, EventBridge, Step Functions, Secrets Manager, EC2, CloudWatch). It keeps its state in memory, so tests
 * sharing it name what they create uniquely. Where moto is missing, {@link #shared()} skips the calling test.
 * <p>
 * moto 5.2.1 runs Step Functions executions only when told to, and then only the first execution per server:
 * starting a second fails inside moto (it deep-copies the state machine with the first execution's worker, which
 * holds a lock). So the shared server records executions without running them (they stay RUNNING), and a test that
 * needs one real execution starts its own {@link #executing()} server.
 */
public final class MotoServer implements AutoCloseable {

	/** The account moto puts in every ARN. */
	public static final String ACCOUNT = "123456789012";

	public static final Region REGION = Region.US_EAST_1;

	private static final String COMMAND = "moto_server";

	private static final String MISSING = COMMAND + " not on PATH: skipping the tests against moto";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static MotoServer shared;

	private final Process process;

	private final URI endpoint;

	private final Path log;

	private MotoServer(Process process, URI endpoint, Path log) {
		this.process = process;
		this.endpoint = endpoint;
		this.log = log;
	}

	/** Whether {@code moto_server} is an executable on the PATH (for {@code @EnabledIf} before a context starts). */
	public static boolean onPath() {
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

	/** The JVM's one server, started on first use and stopped with the JVM; skips the calling test without moto. */
	public static synchronized MotoServer shared() {
		if (shared == null) {
			MotoServer started = start(false);
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
			shared = started;
		}
		return shared;
	}

	/** A server of the caller's own that runs the first Step Functions execution started on it; close it. */
	public static MotoServer executing() {
		return start(true);
	}

	public URI endpoint() {
		return endpoint;
	}

	/** A client of this server's in {@link #REGION}, built by {@code builder}, with dummy credentials. */
	public <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
		return client(builder, REGION);
	}

	/** A client of this server's in {@code region}, built by {@code builder}, with dummy credentials. */
	public <B extends AwsClientBuilder<B, C>, C> C client(B builder, Region region) {
		return at(builder, endpoint, region).build();
	}

	/** {@code builder} set up as a client of moto's would be, but aimed at {@code endpoint} (a bridge in front). */
	public static <B extends AwsClientBuilder<B, ?>> B at(B builder, URI endpoint, Region region) {
		if (builder instanceof SdkSyncClientBuilder<?, ?> sync) {
			sync.httpClientBuilder(ApacheHttpClient.builder());
		}
		return builder.endpointOverride(endpoint)
			.region(region)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("moto", "moto")));
	}

	/** A GET of moto's own API ({@code /moto-api/...}) or of a service's plain-HTTP document (a JWKS). */
	public String get(String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path))
				.timeout(Duration.ofSeconds(10))
				.build();
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException("moto answered " + response.statusCode() + " to " + path);
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static MotoServer start(boolean execute) {
		Assumptions.assumeTrue(onPath(), MISSING);
		try {
			int port = FreePort.resolve(0, "moto_server");
			Path log = Files.createTempFile("moto-server-", ".log");
			Process process = new ProcessBuilder(COMMAND, "-H", "127.0.0.1", "-p", Integer.toString(port))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			MotoServer moto = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
			try {
				Awaitility.await(COMMAND + " answering on port " + port)
					.atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(100))
					.until(() -> moto.configured(execute));
			}
			catch (RuntimeException notStarted) {
				String output = Files.readString(log);
				moto.close();
				throw new IllegalStateException(COMMAND + " did not answer; its output:\n" + output, notStarted);
			}
			return moto;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + COMMAND, ex);
		}
	}

	/** Tells a server that has come up whether to run Step Functions executions; false while it is not up yet. */
	private boolean configured(boolean execute) throws InterruptedException {
		if (!process.isAlive()) {
			throw new IllegalStateException(COMMAND + " exited with status " + process.exitValue());
		}
		HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/moto-api/config"))
			.timeout(Duration.ofSeconds(2))
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"stepfunctions\": {\"execute_state_machine\": " + execute + "}}"))
			.build();
		HttpResponse<String> response;
		try {
			response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException notYetUp) {
			return false;
		}
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("moto refused its configuration: " + response.body());
		}
		return true;
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
