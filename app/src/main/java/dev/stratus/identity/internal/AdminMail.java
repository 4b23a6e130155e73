package dev.stratus.identity.internal;

import dev.stratus.identity.Accounts;
import dev.stratus.platform.jobs.AdminAlerts;
import dev.stratus.platform.mail.Mail;
import dev.stratus.platform.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Emails every admin, for any module's alerts (inventory's low stock, every job's dead letters):
 * the platform's {@link AdminAlerts}, here because identity knows who the admins are. An alert that
 * cannot be sent is logged, never thrown, so it cannot fail the work that raised it.
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
