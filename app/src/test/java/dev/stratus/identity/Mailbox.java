package dev.stratus.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.mail.MailboxReader;
import dev.stratus.platform.mail.MailboxReader.ReceivedMail;
import org.awaitility.Awaitility;

/** Reads codes out of a local mailbox, the way a person would read their email. */
public final class Mailbox {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private final MailboxReader reader;

	public Mailbox(LocalCloudConnection cloud) {
		this.reader = new MailboxReader(cloud);
	}

	/**
	 * The code in the newest mail to {@code email} whose subject contains {@code subject}, waiting up
	 * to 10 s for it.
	 */
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
		return matching(email, subject).size();
	}

	private Optional<String> newest(String email, String subject, int seen) {
		List<ReceivedMail> matching = matching(email, subject);
		if (matching.size() <= seen) {
			return Optional.empty();
		}
		Matcher matcher = CODE.matcher(matching.get(matching.size() - 1).body());
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private List<ReceivedMail> matching(String email, String subject) {
		return reader.withSubject(email, subject);
	}

}
