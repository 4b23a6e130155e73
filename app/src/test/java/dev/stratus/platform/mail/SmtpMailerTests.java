package dev.stratus.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.stratus.IntegrationTest;
import dev.stratus.SettableClock;
import dev.stratus.identity.Mailbox;
import dev.stratus.platform.cloud.LocalCloudConnection;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mail to the local cloud's mail server keeps its connection open between sends, and never trusts
 * a connection that is old or has failed. The mailer talks to the real server through a relay
 * that counts and can cut connections.
 */
@IntegrationTest
class SmtpMailerTests {

	@Autowired
	LocalCloudConnection cloud;

	@Autowired
	Mailbox mailbox;

	final SettableClock clock = new SettableClock();

	final String address = "smtp-" + System.nanoTime() + "@example.test";

	Relay relay;

	SmtpMailer mailer;

	@BeforeEach
	void start() throws IOException {
		relay = new Relay(cloud.endpoints().mailHost(), cloud.endpoints().smtpPort());
		mailer = new SmtpMailer(InetAddress.getLoopbackAddress().getHostAddress(), relay.port(), clock);
	}

	@AfterEach
	void stop() throws IOException {
		mailer.close();
		relay.close();
	}

	@Test
	void sendsMailAfterMailOverOneConnection() {
		for (int i = 1; i <= 3; i++) {
			mailer.send(new Mail(address, "Kept " + i, "body " + i));
		}

		assertThat(relay.connections()).hasSize(1);
		arrived("Kept", 3);
	}

	@Test
	void opensANewConnectionOnceTheKeptOneHasIdledTooLong() {
		mailer.send(new Mail(address, "Idle", "first"));
		clock.advance(Duration.ofSeconds(6));

		mailer.send(new Mail(address, "Idle", "second"));

		assertThat(relay.connections()).hasSize(2);
		hungUp(relay.connections().get(0));
		arrived("Idle", 2);
	}

	@Test
	void aConnectionTheServerDroppedFailsOneSendAndIsNotUsedAgain() throws IOException {
		mailer.send(new Mail(address, "Dropped", "before"));
		relay.cutAll();

		assertThatThrownBy(() -> mailer.send(new Mail(address, "Dropped", "lost with the connection")))
			.isInstanceOf(Mailer.MailFailedException.class);
		mailer.send(new Mail(address, "Dropped", "after"));

		assertThat(relay.connections()).hasSize(2);
		arrived("Dropped", 2);
	}

	@Test
	void refusesAListOfAddressesWhereOneIsExpected() {
		assertThatThrownBy(() -> mailer.send(new Mail("first," + address, "Two", "never sent")))
			.isInstanceOf(Mailer.MailFailedException.class);

		mailer.send(new Mail(address, "Two", "the next mail goes out"));
		arrived("Two", 1);
	}

	@Test
	void closingHangsUpTheKeptConnections() throws IOException {
		mailer.send(new Mail(address, "Closed", "one"));

		mailer.close();

		hungUp(relay.connections().get(0));
	}

	private static void hungUp(Socket connection) {
		Awaitility.await("the mailer to hang up").atMost(Duration.ofSeconds(5)).until(connection::isClosed);
	}

	private void arrived(String subject, int count) {
		Awaitility.await(count + " mails '" + subject + "'")
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> mailbox.count(address, subject) == count);
	}

	/** Forwards each connection to the mail server and remembers the client's side of it. */
	static final class Relay implements AutoCloseable {

		private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final List<Socket> accepted = new CopyOnWriteArrayList<>();

		private final String host;

		private final int port;

		Relay(String host, int port) throws IOException {
			this.host = host;
			this.port = port;
			Thread acceptor = new Thread(this::accept, "smtp-relay");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return listener.getLocalPort();
		}

		List<Socket> connections() {
			return accepted;
		}

		void cutAll() throws IOException {
			for (Socket socket : accepted) {
				socket.close();
			}
		}

		private void accept() {
			while (!listener.isClosed()) {
				try {
					Socket client = listener.accept();
					Socket server = new Socket(host, port);
					accepted.add(client);
					pipe(client, server);
					pipe(server, client);
				}
				catch (IOException closed) {
					return;
				}
			}
		}

		/** Copies until either side ends, then closes both, so a hang-up is seen at the other end. */
		private static void pipe(Socket from, Socket to) throws IOException {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			Thread copier = new Thread(() -> {
				try (from; to) {
					in.transferTo(out);
				}
				catch (IOException ended) {
					// One side hung up; closing both tells the other.
				}
			}, "smtp-relay-pipe");
			copier.setDaemon(true);
			copier.start();
		}

		@Override
		public void close() throws IOException {
			listener.close();
			cutAll();
		}

	}

}
