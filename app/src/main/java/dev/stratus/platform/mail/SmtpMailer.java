package dev.stratus.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;

import dev.stratus.platform.cloud.LocalCloudConnection;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Local mode: mail goes over SMTP to the local cloud's mail server, readable there over IMAP.
 * Connections are kept open between sends, one per sending thread at most: opening one per mail cost
 * the mail server a thread and the worker a greeting, EHLO and QUIT for each order (issue #20).
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class SmtpMailer implements Mailer, AutoCloseable {

	static final String FROM = "Stratus <no-reply@stratus.local>";

	// The local mail server is on loopback, so these are generous, and short on purpose: their sum
	// bounds the claim on an order (JobSettings#claim), which is as long as an order whose worker died
	// mid-send waits before another delivery may send it (within 10 s of a restart, issue #13).
	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How long a kept connection is trusted without asking: a mail server drops idle connections after
	 * minutes, not seconds. An older one is closed rather than checked, because a check's round trip
	 * would lengthen {@link #longestSend()} and with it every claim.
	 */
	private static final Duration KEEP_IDLE = Duration.ofSeconds(5);

	private final Session session;

	private final Clock clock;

	private final Deque<Kept> idle = new ConcurrentLinkedDeque<>();

	@Autowired
	SmtpMailer(LocalCloudConnection cloud, Clock clock) {
		this(cloud.endpoints().mailHost(), cloud.endpoints().smtpPort(), clock);
	}

	SmtpMailer(String host, int port, Clock clock) {
		this.clock = clock;
		Properties props = new Properties();
		props.put("mail.smtp.host", host);
		props.put("mail.smtp.port", Integer.toString(port));
		props.put("mail.smtp.connectiontimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
		props.put("mail.smtp.timeout", Long.toString(READ_TIMEOUT.toMillis()));
		props.put("mail.smtp.writetimeout", Long.toString(WRITE_TIMEOUT.toMillis()));
		session = Session.getInstance(props);
	}

	@Override
	public void send(Mail mail) {
		Transport transport = null;
		try {
			MimeMessage message = message(mail);
			transport = connection();
			transport.sendMessage(message, message.getAllRecipients());
			idle.push(new Kept(transport, clock.instant()));
		}
		catch (MessagingException ex) {
			// Whatever the connection's state, it is not trusted with another message.
			closeQuietly(transport);
			throw new MailFailedException("Mail server refused the message: " + ex.getMessage(), ex);
		}
	}

	private MimeMessage message(Mail mail) throws MessagingException {
		MimeMessage message = new MimeMessage(session);
		message.setFrom(new InternetAddress(FROM));
		// One address, strictly: "a,b@example.test" is refused, never sent to two.
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
		message.setSubject(mail.subject(), "UTF-8");
		message.setText(mail.body(), "UTF-8");
		message.setSentDate(Date.from(clock.instant()));
		message.saveChanges();
		return message;
	}

	/** The most recently used idle connection if it is fresh enough, else a new one. */
	private Transport connection() throws MessagingException {
		Instant trustedSince = clock.instant().minus(KEEP_IDLE);
		for (Kept kept = idle.poll(); kept != null; kept = idle.poll()) {
			if (kept.lastUsed().isAfter(trustedSince)) {
				return kept.transport();
			}
			closeQuietly(kept.transport());
		}
		Transport fresh = session.getTransport("smtp");
		fresh.connect();
		return fresh;
	}

	@Override
	public Duration longestSend() {
		return CONNECT_TIMEOUT.plus(READ_TIMEOUT).plus(WRITE_TIMEOUT);
	}

	@Override
	public void close() {
		for (Kept kept = idle.poll(); kept != null; kept = idle.poll()) {
			closeQuietly(kept.transport());
		}
	}

	private record Kept(Transport transport, Instant lastUsed) {
	}

	private static void closeQuietly(@Nullable Transport transport) {
		if (transport == null) {
			return;
		}
		try {
			transport.close();
		}
		catch (MessagingException ex) {
			// Closing a broken connection has nothing left to lose.
		}
	}

}
