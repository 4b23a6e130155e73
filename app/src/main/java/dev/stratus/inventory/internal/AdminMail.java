package dev.stratus.inventory.internal;

import dev.stratus.identity.Accounts;
import dev.stratus.platform.jobs.AdminAlerts;
import dev.stratus.platform.mail.Mail;
import dev.stratus.platform.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Emails every admin: the low-stock alerts, and the platform's dead-letter alerts. It lives here
 * because the platform may not know identity; an alert that cannot be sent is logged, never thrown,
 * so it cannot fail the order or the dead-letter handling that raised it.
 */
@Component
class AdminMail implements AdminAlerts {

	private static final Logger log = LoggerFactory.getLogger(AdminMail.class);

	private final Accounts accounts;

	private final Mailer mailer;

	AdminMail(Accounts accounts, Mailer mailer) {
		this.accounts = accounts;
		this.mailer = mailer;
	}

	@Override
	public void send(String subject, String body) {
		for (String admin : accounts.adminEmails()) {
			try {
				mailer.send(new Mail(admin, subject, body));
			}
			catch (Mailer.MailFailedException ex) {
				log.warn("Admin alert '{}' could not be sent: {}", subject, ex.getMessage());
			}
		}
	}

}
