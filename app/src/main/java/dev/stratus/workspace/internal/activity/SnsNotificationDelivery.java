package dev.stratus.workspace.internal.activity;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.stratus.workspace.Notification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * AWS mode: a notification is published to the notifications SNS topic (the seed's), with the recipient's email,
 * their user id, the activity type and the project as message attributes, so that subscriptions route on them
 * (the email subscription by {@code recipient}, as the platform's mail does). The topic's ARN is
 * {@code stratus.workspace.notifications.topic-arn}, by default the platform's {@code STRATUS_NOTIFICATIONS_TOPIC_ARN}.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class SnsNotificationDelivery implements NotificationDelivery {

	private final SnsClient sns;

	private final String topicArn;

	SnsNotificationDelivery(SnsClient sns,
			@Value("${stratus.workspace.notifications.topic-arn:${STRATUS_NOTIFICATIONS_TOPIC_ARN}}") String topicArn) {
		this.sns = sns;
		this.topicArn = topicArn;
	}

	@Override
	public void email(Recipient recipient, Notification notification) {
		Map<String, MessageAttributeValue> attributes = new HashMap<>();
		attributes.put("recipient", text(recipient.email()));
		attributes.put("userId", text(recipient.userId()));
		attributes.put("activityType", text(notification.type()));
		if (notification.projectId() != null) {
			attributes.put("projectId", text(notification.projectId()));
		}
		try {
			sns.publish(b -> b.topicArn(topicArn)
				.subject(notification.title())
				.message(notification.body())
				.messageAttributes(attributes));
		}
		catch (SdkException refused) {
			throw new DeliveryFailed("SNS refused the notification: " + refused.getMessage(), refused);
		}
	}

	/** The SNS client's own limit on a call, retries included. */
	@Override
	public Duration longestSend() {
		return sns.serviceClientConfiguration()
			.overrideConfiguration()
			.apiCallTimeout()
			.orElseThrow(() -> new IllegalStateException("The SNS client needs an API call timeout"));
	}

	private static MessageAttributeValue text(String value) {
		return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
	}

}
