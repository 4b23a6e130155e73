package dev.stratus.inventory;

import java.time.Duration;
import java.util.List;

import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.mail.MailboxReader;
import org.awaitility.Awaitility;

/** The local mail server's mailboxes, read as a person's mail client would. */
public final class Inbox {

	private final MailboxReader reader;

	public Inbox(LocalCloudConnection cloud) {
		this.reader = new MailboxReader(cloud);
	}

	public record Mail(String subject, String body) {
	}

	/** The mails to {@code address} whose subject contains {@code subject}, oldest first. */
	public List<Mail> mails(String address, String subject) {
		return reader.withSubject(address, subject)
			.stream()
			.map(mail -> new Mail(mail.subject(), mail.body()))
			.toList();
	}

	/** Waits up to 15 s for the first such mail. */
	public Mail await(String address, String subject) {
		return Awaitility.await("mail '" + subject + "' to " + address)
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> mails(address, subject), mails -> !mails.isEmpty())
			.get(0);
	}

}
