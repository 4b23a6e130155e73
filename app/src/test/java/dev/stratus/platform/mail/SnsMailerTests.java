package dev.stratus.platform.mail;

import java.util.List;

import dev.stratus.MotoTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.stratus.MotoTopic.attribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * AWS mode's mail against moto's SNS: a message on the notifications topic reaches the subscription whose filter
 * policy names its recipient, with the subject and body as sent; a refusal is a {@link Mailer.MailFailedException}.
 */
class SnsMailerTests {

	private MotoTopic topic;

	@BeforeEach
	void subscribeAda() {
		topic = MotoTopic.subscribed("{\"recipient\": [\"ada@example.test\"]}");
	}

	@AfterEach
	void close() {
		if (topic != null) {
			topic.close();
		}
	}

	@Test
	void publishesMailThatTheRecipientsSubscriptionReceives() {
		Mailer mailer = new SnsMailer(new NotificationTopic(topic.sns(), topic.arn()));

		mailer.send(new Mail("bob@example.test", "For Bob", "Not for Ada"));
		mailer.send(new Mail("ada@example.test", "Your order ORD-1 is confirmed", "Thank you, Ada.\nTwo items."));

		List<JsonNode> delivered = topic.delivered(1);
		assertThat(delivered).as("Bob's mail is filtered out by the policy").hasSize(1);
		JsonNode mail = delivered.get(0);
		assertThat(mail.path("TopicArn").asString()).isEqualTo(topic.arn());
		assertThat(mail.path("Subject").asString()).isEqualTo("Your order ORD-1 is confirmed");
		assertThat(mail.path("Message").asString()).isEqualTo("Thank you, Ada.\nTwo items.");
		assertThat(attribute(mail, "recipient")).isEqualTo("ada@example.test");
	}

	@Test
	void reportsATopicSnsDoesNotKnowAsFailedMail() {
		Mailer mailer = new SnsMailer(new NotificationTopic(topic.sns(), topic.arn() + "-gone"));

		assertThatExceptionOfType(Mailer.MailFailedException.class)
			.isThrownBy(() -> mailer.send(new Mail("ada@example.test", "Hello", "Hi")))
			.withMessageContaining("SNS refused the message");
	}

	@Test
	void boundsASendByTheClientsCallTimeout() {
		assertThat(new SnsMailer(new NotificationTopic(topic.sns(), topic.arn())).longestSend())
			.isEqualTo(MotoTopic.CALL_TIMEOUT);
	}

}
