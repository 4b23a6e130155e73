package dev.stratus.workspace.internal.activity;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.stratus.platform.mail.NotificationTopic;
import dev.stratus.workspace.Notification;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * AWS mode: a notification is published to the platform's notifications topic with the recipient's email, their
 * user id, the activity type and the project as message attributes, so that subscriptions route on them (the email
 * subscription by {@code recipient}, as the platform's mail does).
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class SnsNotificationDelivery implements NotificationDelivery {

	private final NotificationTopic topic;

	SnsNotificationDelivery(NotificationTopic topic) {
		this.topic = topic;
	}

	@Override
	public void email(Recipient recipient, Notification notification) {
		Map<String, String> attributes = new HashMap<>();
		attributes.put("recipient", recipient.email());
		attributes.put("userId", recipient.userId());
		attributes.put("activityType", notification.type());
		if (notification.projectId() != null) {
			attributes.put("projectId", notification.projectId());
		}
		try {
			topic.publish(notification.title(), notification.body(), attributes);
		}
		catch (SdkException refused) {
			throw new DeliveryFailed("SNS refused the notification: " + refused.getMessage(), refused);
		}
	}

	@Override
	public Duration longestSend() {
		return topic.longestSend();
	}

}
