package dev.stratus.localcloud;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web pages cannot use the local cloud: the credentials are public, so an answered browser request
 * would let any page Scan the identity table. Only the console's own pages may upload to S3.
 */
class BrowserGateTests {

	private static final String CONSOLE = "http://localhost:8080";

	private static final String FOREIGN = "https://evil.example";

	private static LocalCloud cloud;

	@BeforeAll
	static void start() {
		cloud = LocalCloud.start(LocalCloudConfig.inMemory()
			.withNetwork(LocalCloudConfig.Network.forConsole("127.0.0.1", 8080, List.of())));
		try (var s3 = Sdk.s3(cloud.endpoints().s3())) {
			s3.createBucket(b -> b.bucket("images"));
		}
	}

	@AfterAll
	static void stop() {
		if (cloud != null) {
			cloud.close();
		}
	}

	static Stream<String> services() {
		return Stream.of("dynamodb", "sqs", "s3", "ec2", "cloudwatch");
	}

	@ParameterizedTest
	@MethodSource("services")
	void refusesACorsPreflight(String service) throws Exception {
		var answer = RawHttp.send(endpoint(service), "OPTIONS", "/images/a.png",
				Map.of("Origin", FOREIGN, "Access-Control-Request-Method", "PUT"));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.body()).contains("Requests from web pages are refused");
		assertThat(answer.headers()).doesNotContainKey("access-control-allow-origin");
	}

	@ParameterizedTest
	@MethodSource("services")
	void refusesARequestFromAForeignOrigin(String service) throws Exception {
		var answer = RawHttp.send(endpoint(service), "POST", "/images/a.png", Map.of("Origin", FOREIGN,
				"Content-Type", "application/x-www-form-urlencoded"));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.body()).contains("Requests from web pages are refused");
	}

	@ParameterizedTest
	@MethodSource("services")
	void refusesAHostNameThatIsNotLoopback(String service) throws Exception {
		URI endpoint = endpoint(service);

		var answer = RawHttp.send(endpoint, "GET", "/", Map.of("Host", "rebound.example:" + endpoint.getPort()));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.body()).contains("Only loopback host names are answered");
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "localhost" })
	void letsTheSdkInUnderLoopbackNames(String host) {
		Endpoints endpoints = cloud.endpoints();
		try (var dynamo = Sdk.dynamo(Sdk.named(endpoints.dynamodb(), host));
				var sqs = Sdk.sqs(Sdk.named(endpoints.sqs(), host));
				var s3 = Sdk.s3(Sdk.named(endpoints.s3(), host))) {
			assertThat(dynamo.listTables().tableNames()).isNotNull();
			assertThat(sqs.createQueue(b -> b.queueName("q-" + host.replace('.', '-'))).queueUrl()).isNotBlank();
			assertThat(s3.listBuckets().buckets()).isNotNull();
		}
		try (var ec2 = FleetFixture.ec2Client(Sdk.named(endpoints.ec2(), host), "us-east-1");
				var cloudWatch = FleetFixture.cloudWatchClient(Sdk.named(endpoints.cloudwatch(), host), "us-east-1")) {
			assertThat(ec2.describeInstances().reservations()).isNotEmpty();
			assertThat(cloudWatch.listMetrics().metrics()).isNotEmpty();
		}
	}

	@Test
	void letsTheConsoleUploadToS3FromItsOwnOrigin() throws Exception {
		var answer = RawHttp.send(cloud.endpoints().s3(), "OPTIONS", "/images/a.png",
				Map.of("Origin", CONSOLE, "Access-Control-Request-Method", "PUT"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.headers()).containsEntry("access-control-allow-origin", CONSOLE);
	}

	@Test
	void letsTheConsolePutAnImageToAPresignedUrl() throws Exception {
		var answer = presignedPut("console.png", CONSOLE);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains(CONSOLE);
	}

	@Test
	void refusesAPresignedPutFromAnotherPage() throws Exception {
		var answer = presignedPut("evil.png", FOREIGN);

		assertThat(answer.statusCode()).isEqualTo(403);
		try (var s3 = Sdk.s3(cloud.endpoints().s3())) {
			assertThat(s3.listObjectsV2(b -> b.bucket("images")).contents()).noneMatch(o -> o.key().equals("evil.png"));
		}
	}

	/** A PUT as the console's page makes it: to a URL the app presigned, with the page's Origin. */
	private static HttpResponse<Void> presignedPut(String key, String origin) throws Exception {
		try (S3Presigner presigner = S3Presigner.builder()
			.endpointOverride(cloud.endpoints().s3())
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY)))
			.build()) {
			URI url = presigner
				.presignPutObject(b -> b.signatureDuration(Duration.ofMinutes(5))
					.putObjectRequest(o -> o.bucket("images").key(key)))
				.url()
				.toURI();
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(url).header("Origin", origin)
					.PUT(HttpRequest.BodyPublishers.ofString("png"))
					.build(), HttpResponse.BodyHandlers.discarding());
		}
	}

	private static URI endpoint(String service) {
		Endpoints endpoints = cloud.endpoints();
		return switch (service) {
			case "dynamodb" -> endpoints.dynamodb();
			case "sqs" -> endpoints.sqs();
			case "ec2" -> endpoints.ec2();
			case "cloudwatch" -> endpoints.cloudwatch();
			default -> endpoints.s3();
		};
	}

}
