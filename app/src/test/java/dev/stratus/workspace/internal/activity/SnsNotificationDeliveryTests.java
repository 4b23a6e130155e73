package dev.stratus.workspace.internal.activity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import dev.stratus.platform.mail.NotificationTopic;
import dev.stratus.workspace.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SNS adapter against SNS's recorded answers to Publish (the Query protocol, as the SDK speaks it): what it
 * publishes, and that a refusal is a {@link NotificationDelivery.DeliveryFailed}.
 */
class SnsNotificationDeliveryTests {

	private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:stratus-notifications";

	private static final String PUBLISHED = """
			<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
				<PublishResult><MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId></PublishResult>
				<ResponseMetadata><RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId></ResponseMetadata>
			</PublishResponse>""";

	private static final String NO_TOPIC = """
			<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
				<Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error>
				<RequestId>9dd01905-5012-5f99-8663-4b3ecd0dfaef</RequestId>
			</ErrorResponse>""";

	private static final Notification FAILED = new Notification("a-1", "deployment_failed", "Deployment failed",
			"Deployment to prod of Shop failed", "p-1", Instant.parse("2026-01-15T10:30:00Z"), null);

	private final List<Map<String, String>> requests = new ArrayList<>();

	private HttpServer sns;

	private int status = 200;

	private String answer = PUBLISHED;

	@BeforeEach
	void recordedSns() throws IOException {
		sns = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		sns.createContext("/", exchange -> {
			requests.add(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			byte[] body = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/xml");
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		sns.start();
	}

	@AfterEach
	void stop() {
		sns.stop(0);
	}

	@Test
	void publishesToTheTopicWithTheRecipientToRouteOn() {
		delivery().email(new NotificationDelivery.Recipient("user-1", "ada@example.test"), FAILED);

		assertThat(requests).hasSize(1);
		Map<String, String> publish = requests.get(0);
		assertThat(publish).containsEntry("Action", "Publish")
			.containsEntry("TopicArn", TOPIC)
			.containsEntry("Subject", "Deployment failed")
			.containsEntry("Message", "Deployment to prod of Shop failed");
		assertThat(attributes(publish)).containsEntry("recipient", "ada@example.test")
			.containsEntry("userId", "user-1")
			.containsEntry("activityType", "deployment_failed")
			.containsEntry("projectId", "p-1");
	}

	@Test
	void reportsARefusalAsAFailedDelivery() {
		status = 404;
		answer = NO_TOPIC;

		assertThatThrownBy(
				() -> delivery().email(new NotificationDelivery.Recipient("user-1", "ada@example.test"), FAILED))
			.isInstanceOf(NotificationDelivery.DeliveryFailed.class)
			.hasMessageContaining("Topic does not exist");
	}

	@Test
	void boundsASendByTheClientsCallTimeout() {
		assertThat(delivery().longestSend()).isEqualTo(Duration.ofSeconds(5));
	}

	private SnsNotificationDelivery delivery() {
		SnsClient client = SnsClient.builder()
			.endpointOverride(URI.create("http://127.0.0.1:" + sns.getAddress().getPort()))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)).retryStrategy(RetryMode.STANDARD))
			.build();
		return new SnsNotificationDelivery(new NotificationTopic(client, TOPIC));
	}

	private static Map<String, String> form(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return fields;
	}

	/** {@code MessageAttributes.entry.N.Name} and {@code .Value.StringValue}, by name. */
	private static Map<String, String> attributes(Map<String, String> publish) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int n = 1; publish.containsKey("MessageAttributes.entry." + n + ".Name"); n++) {
			attributes.put(publish.get("MessageAttributes.entry." + n + ".Name"),
					publish.get("MessageAttributes.entry." + n + ".Value.StringValue"));
		}
		return attributes;
	}

}
