package dev.stratus.workspace.internal.activity;

import java.time.Duration;

import dev.stratus.workspace.Notification;

/**
 * Where the email of a notification goes: locally the platform's mail server ({@link MailNotificationDelivery}),
 * on AWS the notifications SNS topic ({@link SnsNotificationDelivery}). The fan-out calls it at most once per
 * notification and user, after it wrote the in-app one, and does not retry: the entry and the bell are the record.
 */
interface NotificationDelivery {

	/**
	 * Hands the email over now or fails.
	 * @throws DeliveryFailed when it could not be handed over
	 */
	void email(Recipient recipient, Notification notification);

	/** The longest one {@link #email} may take, so that the fan-out's claim on a message outlasts it. */
	Duration longestSend();

	/** Whom an email goes to. */
	record Recipient(String userId, String email) {
	}

	class DeliveryFailed extends RuntimeException {

		DeliveryFailed(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
