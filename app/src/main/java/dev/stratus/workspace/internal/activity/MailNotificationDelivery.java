package dev.stratus.workspace.internal.activity;

import java.time.Duration;

import dev.stratus.platform.mail.Mail;
import dev.stratus.platform.mail.Mailer;
import dev.stratus.workspace.Notification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Local mode: a notification's email goes through the platform's mailer to the local cloud's mail server. */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class MailNotificationDelivery implements NotificationDelivery {

	private final Mailer mailer;

	private final String consoleUrl;

	MailNotificationDelivery(Mailer mailer,
			@Value("${stratus.console-url:${STRATUS_CONSOLE_URL:http://localhost:${server.port:8080}}}") String consoleUrl) {
		this.mailer = mailer;
		this.consoleUrl = consoleUrl.replaceAll("/+$", "");
	}

	@Override
	public void email(Recipient recipient, Notification notification) {
		try {
			mailer.send(new Mail(recipient.email(), notification.title(), """
					%s

					See it in the console: %s/notifications
					You can choose which notifications you get by email in your settings.
					""".formatted(notification.body(), consoleUrl)));
		}
		catch (Mailer.MailFailedException notSent) {
			throw new DeliveryFailed("The mail server refused the notification", notSent);
		}
	}

	@Override
	public Duration longestSend() {
		return mailer.longestSend();
	}

}
