package dev.stratus.platform.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.Timestamps;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/local/inbox?address=}: every mail the local cloud's mail server holds for one
 * address, newest first, so a user can confirm an account without a real mailbox. Local mode
 * only; on AWS the route does not exist. Only callers on this machine see it
 * ({@link LoopbackOnlyFilter}).
 */
@RestController
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class LocalInbox {

	private static final Logger log = LoggerFactory.getLogger(LocalInbox.class);

	private static final int MAX_MESSAGES = 100;

	private final LocalCloudConnection cloud;

	LocalInbox(LocalCloudConnection cloud) {
		this.cloud = cloud;
	}

	record InboxMail(String id, String from, String to, String subject, String body, String receivedAt) {
	}

	@GetMapping("/api/local/inbox")
	ApiResponse<Page<InboxMail>> inbox(@RequestParam String address) {
		if (!address.matches("[^@\\s]+@[^@\\s]+")) {
			throw new InvalidInput("address", "must be an email address");
		}
		Session session = Session.getInstance(new Properties());
		try (Store store = session.getStore("imap")) {
			// The local mail server logs anyone in with the address as password, once it holds mail for
			// the address: until then it refuses the login, and the inbox is simply empty.
			try {
				store.connect(cloud.endpoints().mailHost(), cloud.endpoints().imapPort(), address, address);
			}
			catch (AuthenticationFailedException noMailYet) {
				return ApiResponse.of(new Page<>(List.of(), null));
			}
			Folder folder = store.getFolder("INBOX");
			folder.open(Folder.READ_ONLY);
			try {
				List<InboxMail> mails = new ArrayList<>();
				Message[] messages = folder.getMessages();
				for (int i = messages.length - 1; i >= 0 && mails.size() < MAX_MESSAGES; i--) {
					mails.add(read(messages[i], address));
				}
				mails.sort(Comparator.comparing(InboxMail::receivedAt).reversed());
				return ApiResponse.of(new Page<>(mails, null));
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException | IOException ex) {
			log.warn("Local inbox of {} unreadable: {}", address, ex.getMessage());
			throw new Unavailable("The local mail server is not answering; try again shortly");
		}
	}

	private static InboxMail read(Message message, String address) throws MessagingException, IOException {
		Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
				: message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
		Address[] from = message.getFrom();
		return new InboxMail(address + "/" + message.getMessageNumber(),
				from != null && from.length > 0 ? from[0].toString() : "", address, String.valueOf(message.getSubject()),
				text(message.getContent()), Timestamps.format(received));
	}

	private static String text(Object content) throws MessagingException, IOException {
		if (content instanceof Multipart multipart && multipart.getCount() > 0) {
			return text(multipart.getBodyPart(0).getContent());
		}
		return content == null ? "" : content.toString().strip();
	}

}
