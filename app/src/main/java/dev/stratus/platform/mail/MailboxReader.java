package dev.stratus.platform.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import dev.stratus.platform.cloud.LocalCloudConnection;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * Reads a mailbox of the local cloud's mail server over IMAP, as a person's mail client would: the
 * one reader behind the console's local inbox and the tests that wait for a code or an alert. The
 * server logs anyone in with the address as password once it holds mail for the address; until
 * then there is simply no mail.
 */
public final class MailboxReader {

	private final LocalCloudConnection cloud;

	public MailboxReader(LocalCloudConnection cloud) {
		this.cloud = cloud;
	}

	/** One mail as received; {@code number} is its place in the mailbox, 1 for the first. */
	public record ReceivedMail(int number, String from, String subject, String body, Instant receivedAt) {
	}

	/**
	 * The last {@code limit} mails to {@code address} in the order they arrived, none when the
	 * server holds no mail for it yet.
	 * @throws UnreadableMailboxException when the mail server does not answer or sends nonsense
	 */
	public List<ReceivedMail> latest(String address, int limit) {
		return read(address, limit, "");
	}

	/**
	 * Every mail to {@code address} whose subject contains {@code subject}, in the order they
	 * arrived; only those are downloaded.
	 * @throws UnreadableMailboxException when the mail server does not answer or sends nonsense
	 */
	public List<ReceivedMail> withSubject(String address, String subject) {
		return read(address, Integer.MAX_VALUE, subject);
	}

	private List<ReceivedMail> read(String address, int limit, String subject) {
		// Timeouts so that a stuck mail server is an error, not a request that hangs for ever.
		Properties props = new Properties();
		props.put("mail.imap.connectiontimeout", "2000");
		props.put("mail.imap.timeout", "3000");
		try (Store store = Session.getInstance(props).getStore("imap")) {
			try {
				store.connect(cloud.endpoints().mailHost(), cloud.endpoints().imapPort(), address, address);
			}
			catch (AuthenticationFailedException noMailYet) {
				return List.of();
			}
			Folder folder = store.getFolder("INBOX");
			folder.open(Folder.READ_ONLY);
			try {
				Message[] messages = folder.getMessages();
				List<ReceivedMail> mails = new ArrayList<>();
				for (int i = Math.max(0, messages.length - limit); i < messages.length; i++) {
					if (String.valueOf(messages[i].getSubject()).contains(subject)) {
						mails.add(mail(messages[i]));
					}
				}
				return mails;
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException | IOException ex) {
			throw new UnreadableMailboxException("Cannot read the mailbox of " + address + ": " + ex.getMessage(), ex);
		}
	}

	private static ReceivedMail mail(Message message) throws MessagingException, IOException {
		Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
				: message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
		Address[] from = message.getFrom();
		return new ReceivedMail(message.getMessageNumber(), from != null && from.length > 0 ? from[0].toString() : "",
				String.valueOf(message.getSubject()), text(message.getContent()), received);
	}

	private static String text(Object content) throws MessagingException, IOException {
		if (content instanceof Multipart multipart && multipart.getCount() > 0) {
			return text(multipart.getBodyPart(0).getContent());
		}
		return content == null ? "" : content.toString().strip();
	}

	public static class UnreadableMailboxException extends RuntimeException {

		UnreadableMailboxException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
