package dev.stratus.localcloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Delivered mail on disk, one {@code .eml} per message in a folder per recipient, because GreenMail
 * keeps its mailboxes in memory only. Mail deleted over IMAP comes back at the next start; the
 * app's local inbox only reads.
 */
final class MailArchive {

	private final Path dir;

	private MailArchive(Path dir) {
		this.dir = dir;
	}

	static MailArchive open(Path dir) {
		return new MailArchive(StateDir.create(dir));
	}

	/** Writes the message whole before GreenMail accepts it, so a crash leaves no half a file. */
	void keep(String recipient, MimeMessage message) {
		try {
			Path folder = StateDir.create(dir.resolve(URLEncoder.encode(recipient, StandardCharsets.UTF_8)));
			String name = String.format("%013d-%s", System.currentTimeMillis(), UUID.randomUUID());
			Path partial = folder.resolve(name + ".partial");
			try (OutputStream out = Files.newOutputStream(partial)) {
				message.writeTo(out);
			}
			Files.move(partial, folder.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | MessagingException ex) {
			throw new LocalCloudException("Cannot keep a message for " + recipient + " in " + dir, ex);
		}
	}

	/** Puts every kept message back in its recipient's inbox, oldest first. */
	void restoreInto(GreenMail greenMail) {
		Session session = Session.getInstance(new java.util.Properties());
		try (Stream<Path> folders = Files.list(dir)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				String address = URLDecoder.decode(folder.getFileName().toString(), StandardCharsets.UTF_8);
				GreenMailUser user = greenMail.setUser(address, address, address);
				for (Path file : messages(folder)) {
					try (InputStream in = Files.newInputStream(file)) {
						user.deliver(new MimeMessage(session, in));
					}
				}
			}
		}
		catch (IOException | MessagingException ex) {
			throw new LocalCloudException("Cannot read back the mail kept in " + dir, ex);
		}
	}

	private static List<Path> messages(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
		}
	}

}
