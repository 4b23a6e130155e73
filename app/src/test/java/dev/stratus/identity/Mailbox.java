package dev.stratus.identity;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.stratus.platform.cloud.LocalCloudConnection;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/** Reads codes out of a local mailbox over IMAP, the way a person would read their email. */
public final class Mailbox {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private final LocalCloudConnection cloud;

	public Mailbox(LocalCloudConnection cloud) {
		this.cloud = cloud;
	}

	/** The code in the newest mail to {@code email} whose subject contains {@code subject}, waiting up to 10 s for it. */
	public String code(String email, String subject) {
		return codeAfter(email, subject, 0);
	}

	/** Like {@link #code}, once the mailbox holds more than {@code seen} such mails. */
	public String codeAfter(String email, String subject, int seen) {
		return Awaitility.await("mail '" + subject + "' for " + email)
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> newest(email, subject, seen), Optional::isPresent)
			.get();
	}

	/** How many mails to {@code email} have {@code subject} in their subject line. */
	public int count(String email, String subject) {
		return withInbox(email, inbox -> (int) Arrays.stream(inbox.getMessages())
			.filter(message -> subjectOf(message).contains(subject))
			.count());
	}

	private Optional<String> newest(String email, String subject, int seen) {
		return withInbox(email, inbox -> {
			Message[] matching = Arrays.stream(inbox.getMessages())
				.filter(message -> subjectOf(message).contains(subject))
				.sorted(Comparator.comparingInt(Message::getMessageNumber))
				.toArray(Message[]::new);
			if (matching.length <= seen) {
				return Optional.empty();
			}
			Matcher matcher = CODE.matcher(body(matching[matching.length - 1]));
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		});
	}

	private <T> T withInbox(String email, InboxReader<T> reader) {
		Properties props = new Properties();
		props.put("mail.imap.connectiontimeout", "2000");
		props.put("mail.imap.timeout", "3000");
		try {
			Store store = jakarta.mail.Session.getInstance(props).getStore("imap");
			store.connect(cloud.endpoints().mailHost(), cloud.endpoints().imapPort(), email, email);
			try {
				Folder inbox = store.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				try {
					return reader.read(inbox);
				}
				finally {
					inbox.close(false);
				}
			}
			finally {
				store.close();
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Cannot read the mailbox of " + email, ex);
		}
	}

	private static String subjectOf(Message message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(Message message) {
		try {
			return String.valueOf(((MimeMessage) message).getContent());
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private interface InboxReader<T> {

		T read(Folder inbox) throws MessagingException;

	}

}
