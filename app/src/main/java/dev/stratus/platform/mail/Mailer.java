package dev.stratus.platform.mail;

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

	class MailFailedException extends RuntimeException {

		public MailFailedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
