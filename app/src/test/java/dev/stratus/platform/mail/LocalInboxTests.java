package dev.stratus.platform.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local inbox shows what the app mailed to an address, so no real mailbox is needed, and only
 * to a caller on this machine.
 */
@IntegrationTest
class LocalInboxTests {

	@Autowired
	StratusApi api;

	@Autowired
	Mailer mailer;

	@Test
	void listsTheMailSentToAnAddressNewestFirst() {
		String address = "inbox-" + System.nanoTime() + "@example.test";
		mailer.send(new Mail(address, "First", "one"));
		mailer.send(new Mail(address, "Second", "two"));

		StratusApi.Response inbox = api.get("/api/local/inbox?address=" + address);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (inbox.data().path("count").asInt() < 2 && Instant.now().isBefore(deadline)) {
			inbox = api.get("/api/local/inbox?address=" + address);
		}

		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.data().path("count").asInt()).isEqualTo(2);
		assertThat(inbox.data().path("items").get(0).path("to").asString()).isEqualTo(address);
		assertThat(inbox.data().path("items").get(0).path("body").asString()).isIn("one", "two");
	}

	@Test
	void answersAnEmptyListForAnAddressWithoutMail() {
		var response = api.get("/api/local/inbox?address=nothing-yet-" + System.nanoTime() + "@example.test");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("count").asInt()).isZero();
		assertThat(response.data().path("items").isEmpty()).isTrue();
	}

	@Test
	void hidesTheInboxFromARequestNamingAnotherHost() throws IOException {
		// What a page on attacker.example sends after rebinding its name to 127.0.0.1. The JDK's
		// HTTP client will not send a Host of its choosing, so this is written by hand.
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.uri("/").getPort())) {
			socket.getOutputStream()
				.write(("GET /api/local/inbox?address=admin@stratus.local HTTP/1.1\r\nHost: attacker.example\r\n"
						+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(answer).startsWith("HTTP/1.1 404").contains("\"code\":\"NOT_FOUND\"");
		}
	}

	@Test
	void rejectsSomethingThatIsNotAnAddress() {
		var response = api.get("/api/local/inbox?address=nobody");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
	}

}
