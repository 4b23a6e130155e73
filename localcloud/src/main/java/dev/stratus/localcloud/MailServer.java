package dev.stratus.localcloud;

import java.nio.file.Path;
import java.util.Optional;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * SMTP in, IMAP out: GreenMail keeps every message it receives; any address's mailbox is readable
 * over IMAP with the full address as both login and password. With a data directory, each message
 * is also written to a {@link MailArchive} before it is accepted, and read back at the next start.
 */
final class MailServer implements AutoCloseable {

	private final GreenMail greenMail;

	private static final long STARTUP_TIMEOUT_MS = 20_000;

	private final String host;

	private final int smtpPort;

	private final int imapPort;

	private MailServer(GreenMail greenMail, String host, int smtpPort, int imapPort) {
		this.greenMail = greenMail;
		this.host = host;
		this.smtpPort = smtpPort;
		this.imapPort = imapPort;
	}

	static MailServer start(LocalCloudConfig.Network network, int smtpPort, int imapPort, Optional<Path> dataDir) {
		GreenMail greenMail = new GreenMail(
				new ServerSetup[] { patient(new ServerSetup(smtpPort, network.bind(), ServerSetup.PROTOCOL_SMTP)),
						patient(new ServerSetup(imapPort, network.bind(), ServerSetup.PROTOCOL_IMAP)) });
		dataDir.map(MailArchive::open).ifPresent(archive -> {
			archive.restoreInto(greenMail);
			UserManager users = greenMail.getUserManager();
			MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
			users.setMessageDeliveryHandler((message, to) -> {
				archive.keep(to.getEmail(), message.getMessage());
				return deliver.handle(message, to);
			});
		});
		greenMail.start();
		return new MailServer(greenMail, network.connectHost(), smtpPort, imapPort);
	}

	/**
	 * GreenMail gives up after 2 s by default when its listener thread is slow to come up, which a busy
	 * two-core machine starting the app, its tests and a browser at once does take: wait as long as a start
	 * may reasonably need instead of failing the whole local cloud.
	 */
	private static ServerSetup patient(ServerSetup setup) {
		setup.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
		return setup;
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
