package dev.stratus.identity;

import java.util.ArrayList;
import java.util.List;

/** The contract's password policy: 8 characters or more, with an upper-case letter, a lower-case letter and a digit. */
public final class PasswordPolicy {

	private PasswordPolicy() {
	}

	/** Every rule the password breaks, each as a message; empty when it is good. */
	public static List<String> brokenRules(String password) {
		List<String> broken = new ArrayList<>();
		if (password.length() < 8) {
			broken.add("must be at least 8 characters long");
		}
		if (password.chars().noneMatch(Character::isUpperCase)) {
			broken.add("must contain an upper-case letter");
		}
		if (password.chars().noneMatch(Character::isLowerCase)) {
			broken.add("must contain a lower-case letter");
		}
		if (password.chars().noneMatch(Character::isDigit)) {
			broken.add("must contain a digit");
		}
		return broken;
	}

}
