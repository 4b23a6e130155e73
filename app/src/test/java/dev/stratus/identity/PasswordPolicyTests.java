package dev.stratus.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsAPasswordWithEveryClassOfCharacter() {
		assertThat(PasswordPolicy.brokenRules("Abcdefg1")).isEmpty();
	}

	@Test
	void namesEachBrokenRule() {
		assertThat(PasswordPolicy.brokenRules("abc")).containsExactly("must be at least 8 characters long",
				"must contain an upper-case letter", "must contain a digit");
		assertThat(PasswordPolicy.brokenRules("ABCDEFGH1")).containsExactly("must contain a lower-case letter");
	}

}
