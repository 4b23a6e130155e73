package dev.stratus.platform.mail;

import java.time.Duration;
import java.util.Properties;

import dev.stratus.platform.cloud.LocalCloudConnection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** Local mode: mail goes over SMTP to the local cloud's mail server, readable there over IMAP. */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class SmtpMailer implements Mailer {

	static final String FROM = "Stratus <no-reply@stratus.local>";

	// The local mail server is on loopback, so these are generous, and short on purpose: their sum
	// bounds the claim on an order (JobSettings#claim), which is as long as an order whose worker died
	// mid-send waits before another delivery may send it (within 10 s of a restart, issue #13).
	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(2);

	private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

	SmtpMailer(LocalCloudConnection cloud) {
		sender.setHost(cloud.endpoints().mailHost());
		sender.setPort(cloud.endpoints().smtpPort());
		Properties props = new Properties();
		props.put("mail.smtp.connectiontimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
		props.put("mail.smtp.timeout", Long.toString(READ_TIMEOUT.toMillis()));
		props.put("mail.smtp.writetimeout", Long.toString(WRITE_TIMEOUT.toMillis()));
		sender.setJavaMailProperties(props);
	}

	@Override
	public void send(Mail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(FROM);
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			throw new MailFailedException("Mail server refused the message: " + ex.getMessage(), ex);
		}
	}

	@Override
	public Duration longestSend() {
		return CONNECT_TIMEOUT.plus(READ_TIMEOUT).plus(WRITE_TIMEOUT);
	}

}
