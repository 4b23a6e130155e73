package dev.stratus.localcloud;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * SMTP in, IMAP out: GreenMail keeps every message it receives; any address's mailbox is readable
 * over IMAP with the full address as both login and password.
 */
final class MailServer implements AutoCloseable {

	static final String HOST = "127.0.0.1";

	private final GreenMail greenMail;

	private final int smtpPort;

	private final int imapPort;

	private MailServer(GreenMail greenMail, int smtpPort, int imapPort) {
		this.greenMail = greenMail;
		this.smtpPort = smtpPort;
		this.imapPort = imapPort;
	}

	static MailServer start(int smtpPort, int imapPort) {
		GreenMail greenMail = new GreenMail(
				new ServerSetup[] { new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP) });
		greenMail.start();
		return new MailServer(greenMail, smtpPort, imapPort);
	}

	int smtpPort() {
		return smtpPort;
	}

	int imapPort() {
		return imapPort;
	}

	@Override
	public void close() {
		greenMail.stop();
	}

}
