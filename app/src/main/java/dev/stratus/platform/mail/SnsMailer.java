package dev.stratus.platform.mail;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * AWS mode: mail is published to the notifications topic (the seeds' SNS email topics), with the
 * recipient as a message attribute that subscription filter policies route on.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class SnsMailer implements Mailer {

	private final SnsClient sns;

	private final String topicArn;

	SnsMailer(SnsClient sns, @Value("${STRATUS_NOTIFICATIONS_TOPIC_ARN}") String topicArn) {
		this.sns = sns;
		this.topicArn = topicArn;
	}

	@Override
	public void send(Mail mail) {
		try {
			sns.publish(b -> b.topicArn(topicArn)
				.subject(mail.subject())
				.message(mail.body())
				.messageAttributes(Map.of("recipient",
						MessageAttributeValue.builder().dataType("String").stringValue(mail.to()).build())));
		}
		catch (SdkException ex) {
			throw new MailFailedException("SNS refused the message: " + ex.getMessage(), ex);
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

}
