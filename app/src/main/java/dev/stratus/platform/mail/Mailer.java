package dev.stratus.platform.mail;

import java.time.Duration;

/**
 * The one way the app sends email (codes, confirmations, alerts). Locally it goes to the mail
 * server of the local cloud; on AWS it is published to the notifications SNS topic.
 */
public interface Mailer {

	/**
	 * Sends now or fails.
	 * @throws MailFailedException when the mail could not be handed over; callers that must not lose
	 * it retry (the order pipeline does, through its queue)
	 */
	void send(Mail mail);

	/**
	 * The longest one send may hang before it fails: its connect, read and write timeouts together.
	 * Whoever holds a lease while sending (the order worker's claim on an order) must hold it longer,
	 * or a slow mail server lets a second sender in and the mail goes out twice.
	 */
	Duration longestSend();

	class MailFailedException extends RuntimeException {

		public MailFailedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
