package dev.stratus.platform.workflow;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * moto's server (moto 5.2.1, where installed: the build machines have it, a laptop need not) as an
 * independent AWS-compatible endpoint for the AWS side of the workflows: Step Functions, EventBridge
 * with rules, SQS and DynamoDB, on a free loopback port, stopped with the JVM at the latest. Tests
 * that need it are skipped where it is not installed.
 * <p>
 * moto 5.2.1 runs Step Functions executions only when told to, and then only the first execution per
 * server: starting a second fails inside moto (it deep-copies the state machine with the first
 * execution's worker, which holds a lock). So {@link #shared()} records executions without running
 * them (they stay RUNNING), and a test that needs one real execution starts its own
 * {@link #executing()} server.
 */
final class MotoServer implements AutoCloseable {

	static final String ACCOUNT = "123456789012";

	static final Region REGION = Region.US_EAST_1;

	private static MotoServer shared;

	private final Process process;

	final URI endpoint;

	private MotoServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	/** The JVM's one server that does not run executions; skips the calling test without moto. */
	static synchronized MotoServer shared() {
		if (shared == null) {
			shared = start(false);
		}
		return shared;
	}

	/** A server of the caller's own that runs the first execution started on it. */
	static MotoServer executing() {
		return start(true);
	}

	/** A client of this server's, built by {@code builder}, with dummy credentials. */
	<B extends AwsClientBuilder<B, C>, C> C client(B builder) {
		return builder.endpointOverride(endpoint)
			.region(REGION)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
	}

	@Override
	public void close() {
		process.destroy();
	}

	/** A table shaped as the engine's (see {@code WorkflowTable}), under a name of its own. */
	static String workflowsTable(DynamoDbClient dynamo, String name) {
		List<AttributeDefinition> attributes = List.of(string("PK"), string("SK"), string("GSI1PK"), string("GSI1SK"),
				string("GSI2PK"), string("GSI2SK"));
		dynamo.createTable(b -> b.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(attributes)
			.keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
			.globalSecondaryIndexes(index("GSI1"), index("GSI2")));
		return name;
	}

	private static GlobalSecondaryIndex index(String name) {
		return GlobalSecondaryIndex.builder()
			.indexName(name)
			.keySchema(key(name + "PK", KeyType.HASH), key(name + "SK", KeyType.RANGE))
			.projection(p -> p.projectionType(ProjectionType.ALL))
			.build();
	}

	private static AttributeDefinition string(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	private static boolean installed() {
		String path = System.getenv("PATH");
		return path != null && List.of(path.split(File.pathSeparator))
			.stream()
			.anyMatch(dir -> new File(dir, "moto_server").canExecute());
	}

	private static MotoServer start(boolean execute) {
		Assumptions.assumeTrue(installed(), "moto_server is not installed here");
		try {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			Process process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
			URI uri = URI.create("http://127.0.0.1:" + port);
			post(uri.resolve("/moto-api/config"), "{\"stepfunctions\": {\"execute_state_machine\": " + execute + "}}",
					Instant.now().plusSeconds(30));
			return new MotoServer(process, uri);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Posts once the server answers, trying until {@code deadline}. */
	private static void post(URI uri, String body, Instant deadline) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(2))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		while (true) {
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() / 100 == 2) {
					return;
				}
				throw new IllegalStateException("moto refused its configuration: " + response.body());
			}
			catch (IOException notYetUp) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("moto_server did not start: " + notYetUp.getMessage());
				}
				pause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** Between connection attempts to a server still starting; nothing to poll but the socket. */
	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
