package dev.stratus.inventory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import dev.stratus.platform.cloud.LocalCloudConnection;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.awaitility.Awaitility;

/** The local mail server's mailboxes, read over IMAP as a person's mail client would. */
public final class Inbox {

	private final LocalCloudConnection cloud;

	public Inbox(LocalCloudConnection cloud) {
		this.cloud = cloud;
	}

	public record Mail(String subject, String body) {
	}

	/** The mails to {@code address} whose subject contains {@code subject}, oldest first. */
	public List<Mail> mails(String address, String subject) {
		Properties props = new Properties();
		props.put("mail.imap.connectiontimeout", "2000");
		props.put("mail.imap.timeout", "3000");
		try {
			Store store = jakarta.mail.Session.getInstance(props).getStore("imap");
			try {
				store.connect(cloud.endpoints().mailHost(), cloud.endpoints().imapPort(), address, address);
			}
			catch (AuthenticationFailedException noMailYet) {
				// The mail server makes a mailbox on its first mail.
				return List.of();
			}
			try {
				Folder inbox = store.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				try {
					List<Mail> found = new ArrayList<>();
					for (Message message : inbox.getMessages()) {
						if (String.valueOf(message.getSubject()).contains(subject)) {
							found.add(new Mail(message.getSubject(), String.valueOf(message.getContent())));
						}
					}
					return found;
				}
				finally {
					inbox.close(false);
				}
			}
			finally {
				store.close();
			}
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Cannot read the mailbox of " + address, ex);
		}
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
