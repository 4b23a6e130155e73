package dev.stratus.platform.mail;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * AWS mode: mail is published to the notifications topic (the seeds' SNS email topics), with the
 * recipient as a message attribute that subscription filter policies route on.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class SnsMailer implements Mailer {

	private final NotificationTopic topic;

	SnsMailer(NotificationTopic topic) {
		this.topic = topic;
	}

	@Override
	public void send(Mail mail) {
		try {
			topic.publish(mail.subject(), mail.body(), Map.of("recipient", mail.to()));
		}
		catch (SdkException ex) {
			throw new MailFailedException("SNS refused the message: " + ex.getMessage(), ex);
		}
	}

	@Override
	public Duration longestSend() {
		return topic.longestSend();
	}

}
