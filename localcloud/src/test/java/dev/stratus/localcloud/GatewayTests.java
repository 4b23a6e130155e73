package dev.stratus.localcloud;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway: one port for every AWS service of the local cloud, routing each request by the service
 * in its signature, with bodies, presigned URLs and the browser gate as on the services' own ports.
 */
class GatewayTests {

	private static final String FOREIGN = "https://evil.example";

	@TempDir
	static Path dataDir;

	private static LocalCloud cloud;

	private static URI gateway;

	@BeforeAll
	static void start() {
		cloud = LocalCloud.start(LocalCloudConfig.persistent(dataDir, LocalCloudConfig.Ports.any())
			.withNetwork(LocalCloudConfig.Network.forConsole("127.0.0.1", 8080, List.of())));
		gateway = cloud.endpoints().gateway();
		try (var s3 = Sdk.s3(gateway)) {
			s3.createBucket(b -> b.bucket("gateway"));
		}
	}

	@AfterAll
	static void stop() {
		if (cloud != null) {
			cloud.close();
		}
	}

	@Test
	void routesDynamoDbRequestsToDynamoDb() {
		try (var viaGateway = Sdk.dynamo(gateway); var direct = Sdk.dynamo(cloud.endpoints().dynamodb())) {
			createTable(viaGateway, "gateway-table");
			viaGateway.putItem(b -> b.tableName("gateway-table").item(Map.of("id", s("a"), "note", s("through"))));

			assertThat(direct.getItem(b -> b.tableName("gateway-table").key(Map.of("id", s("a")))).item())
				.containsEntry("note", s("through"));
		}
	}

	@Test
	void routesSqsRequestsToSqs() {
		try (var viaGateway = Sdk.sqs(gateway); var direct = Sdk.sqs(cloud.endpoints().sqs())) {
			String url = viaGateway.createQueue(b -> b.queueName("gateway-queue")).queueUrl();
			viaGateway.sendMessage(b -> b.queueUrl(url).messageBody("hello"));

			assertThat(direct.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(5)).messages())
				.singleElement()
				.satisfies(message -> assertThat(message.body()).isEqualTo("hello"));
		}
	}

	@Test
	void routesEc2AndCloudWatchRequestsToTheSimulatedFleet() {
		try (var ec2 = FleetFixture.ec2Client(gateway, "eu-west-1");
				var cloudWatch = FleetFixture.cloudWatchClient(gateway, "eu-west-1")) {
			assertThat(ec2.describeInstances().reservations()).isNotEmpty();
			assertThat(cloudWatch.listMetrics(b -> b.namespace("AWS/EC2")).metrics()).isNotEmpty();
		}
	}

	@Test
	void streamsLargeObjectsBothWays() {
		byte[] object = new byte[24 * 1024 * 1024];
		new Random(19).nextBytes(object);
		try (var s3 = Sdk.s3(gateway)) {
			// Over plain HTTP the SDK uploads in aws-chunked framing with a trailing checksum.
			s3.putObject(b -> b.bucket("gateway").key("large.bin"), RequestBody.fromBytes(object));

			assertThat(s3.getObjectAsBytes(b -> b.bucket("gateway").key("large.bin")).asByteArray()).isEqualTo(object);
		}
	}

	@Test
	void servesPresignedPutsAndGets() throws Exception {
		try (S3Presigner presigner = presigner()) {
			URI put = presigner.presignPutObject(b -> b.signatureDuration(Duration.ofMinutes(5))
				.putObjectRequest(o -> o.bucket("gateway").key("presigned.txt"))).url().toURI();
			URI get = presigner.presignGetObject(b -> b.signatureDuration(Duration.ofMinutes(5))
				.getObjectRequest(o -> o.bucket("gateway").key("presigned.txt"))).url().toURI();

			var stored = http(HttpRequest.newBuilder(put).PUT(HttpRequest.BodyPublishers.ofString("presigned")));
			var read = http(HttpRequest.newBuilder(get).GET());

			assertThat(stored.statusCode()).isEqualTo(200);
			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(read.body()).isEqualTo("presigned");
		}
	}

	@Test
	void relaysABodySentInChunks() throws Exception {
		byte[] content = "sent in chunks of unknown length".repeat(5000).getBytes(StandardCharsets.UTF_8);
		try (S3Presigner presigner = presigner()) {
			URI put = presigner.presignPutObject(b -> b.signatureDuration(Duration.ofMinutes(5))
				.putObjectRequest(o -> o.bucket("gateway").key("chunked.txt"))).url().toURI();

			// A stream of unknown length goes out with Transfer-Encoding: chunked.
			var stored = http(HttpRequest.newBuilder(put)
				.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(content))));

			assertThat(stored.statusCode()).isEqualTo(200);
		}
		try (var s3 = Sdk.s3(gateway)) {
			assertThat(s3.getObjectAsBytes(b -> b.bucket("gateway").key("chunked.txt")).asByteArray())
				.isEqualTo(content);
		}
	}

	@Test
	void letsClientsOfSeveralServicesShareOneConnection() {
		try (SdkHttpClient shared = ApacheHttpClient.builder().maxConnections(1).build();
				var dynamo = DynamoDbClient.builder().httpClient(shared).endpointOverride(gateway)
					.region(Region.US_EAST_1).credentialsProvider(credentials()).build();
				var sqs = SqsClient.builder().httpClient(shared).endpointOverride(gateway)
					.region(Region.US_EAST_1).credentialsProvider(credentials()).build()) {
			for (int i = 0; i < 3; i++) {
				assertThat(dynamo.listTables().tableNames()).isNotNull();
				assertThat(sqs.listQueues().queueUrls()).isNotNull();
			}
		}
	}

	@Test
	void refusesAnUnsignedRequestNamingWhatIsMissing() throws Exception {
		var answer = RawHttp.send(gateway, "GET", "/", Map.of());

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("<Code>MissingAuthenticationToken</Code>").contains("X-Amz-Credential");
	}

	@Test
	void sqsOwnPortPassesEveryRequestToSqsSignedOrNot() throws Exception {
		var answer = RawHttp.send(cloud.endpoints().sqs(), "GET", "/?Action=ListQueues", Map.of());

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("ListQueuesResponse");
	}

	@Test
	void answersInJsonToCallersOfJsonProtocols() throws Exception {
		var answer = RawHttp.send(gateway, "POST", "/", Map.of("X-Amz-Target", "DynamoDB_20120810.ListTables",
				"Content-Type", "application/x-amz-json-1.0"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).startsWith("{\"__type\":\"MissingAuthenticationToken\"");
	}

	@Test
	void refusesAServiceItDoesNotHave() throws Exception {
		var answer = RawHttp.send(gateway, "POST", "/", Map.of("Authorization",
				"AWS4-HMAC-SHA256 Credential=local/20261130/us-east-1/sns/aws4_request, SignedHeaders=host, "
						+ "Signature=00"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("UnknownService").contains("'sns'").contains("dynamodb, sqs, s3");
	}

	@Test
	void refusesARequestFromAForeignBrowserOrigin() throws Exception {
		var answer = RawHttp.send(gateway, "POST", "/", Map.of("Origin", FOREIGN, "Authorization",
				"AWS4-HMAC-SHA256 Credential=local/20261130/us-east-1/dynamodb/aws4_request, SignedHeaders=host, "
						+ "Signature=00"));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.body()).contains("Requests from web pages are refused");
	}

	@Test
	void refusesAHostNameThatIsNotLoopback() throws Exception {
		var answer = RawHttp.send(gateway, "GET", "/", Map.of("Host", "rebound.example:" + gateway.getPort()));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.body()).contains("Only loopback host names are answered");
	}

	@Test
	void writesTheSdkSettingsForItsUsersOnly() throws Exception {
		Path file = dataDir.resolve("localcloud.env");

		assertThat(Files.readAllLines(file)).containsExactly("export AWS_ENDPOINT_URL=" + gateway,
				"export AWS_ACCESS_KEY_ID=local", "export AWS_SECRET_ACCESS_KEY=local", "export AWS_REGION=us-east-1",
				"export AWS_DEFAULT_REGION=us-east-1");
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
	}

	private static S3Presigner presigner() {
		return S3Presigner.builder()
			.endpointOverride(gateway)
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials())
			.build();
	}

	private static StaticCredentialsProvider credentials() {
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY));
	}

	private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static void createTable(DynamoDbClient dynamo, String name) {
		Sdk.createTable(dynamo, name, "id");
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

}
