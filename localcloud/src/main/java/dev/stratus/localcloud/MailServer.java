package dev.stratus.localcloud;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * SMTP in, IMAP out: GreenMail keeps every message it receives; any address's mailbox is readable
 * over IMAP with the full address as both login and password.
 */
final class MailServer implements AutoCloseable {

	private final GreenMail greenMail;

	private final String host;

	private final int smtpPort;

	private final int imapPort;

	private MailServer(GreenMail greenMail, String host, int smtpPort, int imapPort) {
		this.greenMail = greenMail;
		this.host = host;
		this.smtpPort = smtpPort;
		this.imapPort = imapPort;
	}

	static MailServer start(LocalCloudConfig.Network network, int smtpPort, int imapPort) {
		GreenMail greenMail = new GreenMail(
				new ServerSetup[] { new ServerSetup(smtpPort, network.bind(), ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(imapPort, network.bind(), ServerSetup.PROTOCOL_IMAP) });
		greenMail.start();
		return new MailServer(greenMail, network.connectHost(), smtpPort, imapPort);
	}

	String host() {
		return host;
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
