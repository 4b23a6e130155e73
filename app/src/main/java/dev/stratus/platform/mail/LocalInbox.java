package dev.stratus.platform.mail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.Timestamps;
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

	private final MailboxReader mailboxes;

	LocalInbox(LocalCloudConnection cloud) {
		this.mailboxes = new MailboxReader(cloud);
	}

	record InboxMail(String id, String from, String to, String subject, String body, String receivedAt) {
	}

	@GetMapping("/api/local/inbox")
	ApiResponse<Page<InboxMail>> inbox(@RequestParam String address) {
		if (!address.matches("[^@\\s]+@[^@\\s]+")) {
			throw new InvalidInput("address", "must be an email address");
		}
		List<MailboxReader.ReceivedMail> received;
		try {
			received = mailboxes.latest(address, MAX_MESSAGES);
		}
		catch (MailboxReader.UnreadableMailboxException ex) {
			log.warn("Local inbox of {} unreadable: {}", address, ex.getMessage());
			throw new Unavailable("The local mail server is not answering; try again shortly");
		}
		// Newest arrival first, then by the time received; the sort is stable, so a tie keeps arrival order.
		List<InboxMail> mails = new ArrayList<>();
		for (int i = received.size() - 1; i >= 0; i--) {
			mails.add(inboxMail(received.get(i), address));
		}
		mails.sort(Comparator.comparing(InboxMail::receivedAt).reversed());
		return ApiResponse.of(new Page<>(mails, null));
	}

	private static InboxMail inboxMail(MailboxReader.ReceivedMail mail, String address) {
		return new InboxMail(address + "/" + mail.number(), mail.from(), address, mail.subject(), mail.body(),
				Timestamps.format(mail.receivedAt()));
	}

}
