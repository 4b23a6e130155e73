package dev.stratus.platform.cloud;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import dev.stratus.localcloud.Endpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients take endpoint, region and keys from the profile each is given, in both modes; these
 * fail if the SDK ignored that profile (the calls would go to AWS itself, or be signed otherwise).
 */
class AwsClientsTests {

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private HttpServer dynamodb;

	private HttpServer sqs;

	@BeforeEach
	void start() throws IOException {
		dynamodb = fake("dynamodb", "{\"TableNames\":[\"from-profile\"]}");
		sqs = fake("sqs", "{\"QueueUrls\":[\"http://127.0.0.1/000000000000/from-profile\"]}");
	}

	@AfterEach
	void stop() {
		dynamodb.stop(0);
		sqs.stop(0);
	}

	@Test
	void sendsEachServiceToItsLocalPortSignedWithTheLocalKeys() {
		AwsClients.CloudTarget target = localTarget();

		try (DynamoDbClient dynamo = target.configure(DynamoDbClient.builder()).build();
				SqsClient queues = target.configure(SqsClient.builder()).build()) {
			assertThat(dynamo.listTables().tableNames()).containsExactly("from-profile");
			assertThat(queues.listQueues().queueUrls()).hasSize(1);
		}
		assertThat(seen).containsExactly("dynamodb Credential=local/*/us-east-1/dynamodb/aws4_request",
				"sqs Credential=local/*/us-east-1/sqs/aws4_request");
	}

	@Test
	void presignsForTheLocalS3PathStyle() {
		var clients = new AwsClients();
		try (var s3 = clients.s3Client(localTarget()); var presigner = clients.s3Presigner(s3)) {
			URI url = URI.create(presigner.presignGetObject(b -> b.signatureDuration(Duration.ofMinutes(1))
				.getObjectRequest(o -> o.bucket("images").key("a.png"))).url().toString());

			assertThat(url.getPort()).isEqualTo(9000);
			assertThat(url.getPath()).isEqualTo("/images/a.png");
			assertThat(url.getQuery()).contains("X-Amz-Credential=local/").contains("/us-east-1/s3/aws4_request");
		}
	}

	@Test
	void followsAnEndpointUrlInTheUsersOwnProfileInAwsMode() {
		ProfileFile own = ProfileFile.builder()
			.content("[default]\nregion = eu-west-1\naws_access_key_id = mine\naws_secret_access_key = secret\n"
					+ "endpoint_url = http://127.0.0.1:" + dynamodb.getAddress().getPort() + "\n")
			.type(ProfileFile.Type.CONFIGURATION)
			.build();
		var target = new AwsClients.CloudTarget(false, ProfileFileSupplier.fixedProfileFile(own), "default");

		try (DynamoDbClient dynamo = target.configure(DynamoDbClient.builder()).build()) {
			assertThat(dynamo.listTables().tableNames()).containsExactly("from-profile");
		}
		assertThat(seen).containsExactly("dynamodb Credential=mine/*/eu-west-1/dynamodb/aws4_request");
	}

	private AwsClients.CloudTarget localTarget() {
		var endpoints = new Endpoints(URI.create("http://127.0.0.1:4566"), endpoint(dynamodb), endpoint(sqs),
				URI.create("http://127.0.0.1:9000"), URI.create("http://127.0.0.1:9100"),
				URI.create("http://127.0.0.1:9200"), "127.0.0.1", 3025, 3143);
		return new AwsClients.CloudTarget(true, ProfileFileSupplier.fixedProfileFile(LocalProfile.of(endpoints)),
				LocalProfile.NAME);
	}

	/** A service that answers every call alike and notes which service and scope signed it. */
	private HttpServer fake(String name, String answer) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
			seen.add(name + " " + authorization.replaceAll(".*(Credential=[^/]+/)\\d{8}(/[^,]+),.*", "$1*$2"));
			exchange.getRequestBody().readAllBytes();
			byte[] body = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		return server;
	}

	private static URI endpoint(HttpServer server) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

}
