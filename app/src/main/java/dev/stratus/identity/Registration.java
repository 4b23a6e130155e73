package dev.stratus.identity;

/** A sign-up: who, and the password they chose. */
public record Registration(String email, String password, String name) {

	@Override
	public String toString() {
		return "Registration[email=" + email + ", name=" + name + "]";
	}

}
