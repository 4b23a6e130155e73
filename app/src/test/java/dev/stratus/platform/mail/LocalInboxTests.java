package dev.stratus.platform.mail;

import java.time.Duration;
import java.time.Instant;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The local inbox shows what the app mailed to an address, so no real mailbox is needed. */
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
	void rejectsSomethingThatIsNotAnAddress() {
		var response = api.get("/api/local/inbox?address=nobody");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
	}

}
