package dev.stratus.bench;

import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Counts the mails in a mailbox of the local mail server over IMAP (login and password: the
 * address). Its own small reader, not the app's {@code platform.mail.MailboxReader}: the bench runs
 * the app as a process and does not link its classes.
 */
final class BenchInbox {

	private final String host;

	private final int imapPort;

	BenchInbox(String host, int imapPort) {
		this.host = host;
		this.imapPort = imapPort;
	}

	/** @return how many messages the address has received */
	int count(String address) {
		Properties props = new Properties();
		props.put("mail.imap.connectiontimeout", "3000");
		props.put("mail.imap.timeout", "5000");
		try (Store store = Session.getInstance(props).getStore("imap")) {
			store.connect(host, imapPort, address, address);
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			try {
				return inbox.getMessageCount();
			}
			finally {
				inbox.close(false);
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Cannot read the mailbox of " + address + ": " + ex.getMessage(), ex);
		}
	}

}
