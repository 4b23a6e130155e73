package dev.stratus.workspace.internal.activity;

import java.time.Instant;
import java.util.List;

import dev.stratus.MotoTopic;
import dev.stratus.platform.mail.NotificationTopic;
import dev.stratus.workspace.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.stratus.MotoTopic.attribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SNS adapter against moto's SNS: what it publishes reaches the subscription whose filter policy selects the
 * recipient and the activity type, with every routing attribute; a refusal is a
 * {@link NotificationDelivery.DeliveryFailed}.
 */
class SnsNotificationDeliveryTests {

	private static final Notification FAILED = new Notification("a-1", "deployment_failed", "Deployment failed",
			"Deployment to prod of Shop failed", "p-1", Instant.parse("2026-01-15T10:30:00Z"), null);

	private static final NotificationDelivery.Recipient ADA = new NotificationDelivery.Recipient("user-1",
			"ada@example.test");

	private MotoTopic topic;

	@BeforeEach
	void subscribeAdasFailures() {
		topic = MotoTopic.subscribed(
				"{\"recipient\": [\"ada@example.test\"], \"activityType\": [\"deployment_failed\"]}");
	}

	@AfterEach
	void close() {
		if (topic != null) {
			topic.close();
		}
	}

	@Test
	void publishesToTheTopicWithTheAttributesSubscriptionsRouteOn() {
		SnsNotificationDelivery delivery = delivery(topic.arn());

		delivery.email(ADA, new Notification("a-0", "member_added", "Added", "You were added", null,
				Instant.parse("2026-01-15T10:00:00Z"), null));
		delivery.email(ADA, FAILED);

		List<JsonNode> delivered = topic.delivered(1);
		assertThat(delivered).as("the other activity type is filtered out").hasSize(1);
		JsonNode published = delivered.get(0);
		assertThat(published.path("Subject").asString()).isEqualTo("Deployment failed");
		assertThat(published.path("Message").asString()).isEqualTo("Deployment to prod of Shop failed");
		assertThat(attribute(published, "recipient")).isEqualTo("ada@example.test");
		assertThat(attribute(published, "userId")).isEqualTo("user-1");
		assertThat(attribute(published, "activityType")).isEqualTo("deployment_failed");
		assertThat(attribute(published, "projectId")).isEqualTo("p-1");
	}

	@Test
	void reportsARefusalAsAFailedDelivery() {
		SnsNotificationDelivery delivery = delivery(topic.arn() + "-gone");

		assertThatThrownBy(() -> delivery.email(ADA, FAILED))
			.isInstanceOf(NotificationDelivery.DeliveryFailed.class)
			.hasMessageContaining("SNS refused the notification");
	}

	@Test
	void boundsASendByTheClientsCallTimeout() {
		assertThat(delivery(topic.arn()).longestSend()).isEqualTo(MotoTopic.CALL_TIMEOUT);
	}

	private SnsNotificationDelivery delivery(String topicArn) {
		return new SnsNotificationDelivery(new NotificationTopic(topic.sns(), topicArn));
	}

}
