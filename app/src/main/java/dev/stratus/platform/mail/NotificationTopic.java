package dev.stratus.platform.mail;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * The notifications SNS topic of AWS mode (the seeds' email topics): what the app tells people is published
 * there, its routing facts (the recipient first) as string message attributes that subscription filter
 * policies select on. Mail and workspace notifications both go out this way.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
public final class NotificationTopic {

	private final SnsClient sns;

	private final String topicArn;

	public NotificationTopic(SnsClient sns, @Value("${STRATUS_NOTIFICATIONS_TOPIC_ARN}") String topicArn) {
		this.sns = sns;
		this.topicArn = topicArn;
	}

	/** @throws software.amazon.awssdk.core.exception.SdkException when SNS refuses it or cannot be reached */
	public void publish(String subject, String message, Map<String, String> attributes) {
		Map<String, MessageAttributeValue> values = attributes.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					e -> MessageAttributeValue.builder().dataType("String").stringValue(e.getValue()).build()));
		sns.publish(b -> b.topicArn(topicArn).subject(subject).message(message).messageAttributes(values));
	}

	/** The SNS client's own limit on a call, retries included. */
	public Duration longestSend() {
		return sns.serviceClientConfiguration()
			.overrideConfiguration()
			.apiCallTimeout()
			.orElseThrow(() -> new IllegalStateException("The SNS client needs an API call timeout"));
	}

}
