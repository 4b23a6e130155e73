package dev.stratus.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a session keeps of the client's {@code User-Agent}. */
class SignInClientTests {

	@Test
	void keepsTheFirst256CharactersOfALongUserAgent() {
		assertThat(SignInClient.of("10.0.0.1", " " + "b".repeat(400) + " ").userAgent()).isEqualTo("b".repeat(256));
	}

	@Test
	void neverSplitsACharacterOutsideTheBasicPlane() {
		String agent = "a".repeat(255) + "\uD83D\uDE00" + "tail";

		assertThat(SignInClient.of("10.0.0.1", agent).userAgent()).isEqualTo("a".repeat(255));
	}

	@Test
	void keepsAnEmptyUserAgentWhenTheClientSentNone() {
		assertThat(SignInClient.of("10.0.0.1", null)).isEqualTo(new SignInClient("10.0.0.1", ""));
	}

}
