package dev.stratus.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the {@code /api/auth} requests; passwords never appear in {@code toString()}. */
final class AuthRequests {

	private static final String CODE = "\\s*\\d{6}\\s*";

	private static final String CODE_MESSAGE = "must be the 6-digit code from the email";

	private AuthRequests() {
	}

	record Register(@NotBlank @Email @Size(max = 254) String email, @NotNull @StrongPassword String password,
			@NotBlank @Size(max = 100) String name) {

		@Override
		public String toString() {
			return "Register[email=" + email + "]";
		}

	}

	record Confirm(@NotBlank @Email @Size(max = 254) String email,
			@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
	}

	record EmailOnly(@NotBlank @Email @Size(max = 254) String email) {
	}

	record Login(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 256) String password) {

		@Override
		public String toString() {
			return "Login[email=" + email + "]";
		}

	}

	record Refresh(@NotBlank @Size(max = 512) String refreshToken) {

		@Override
		public String toString() {
			return "Refresh[…]";
		}

	}

	record ResetPassword(@NotBlank @Email @Size(max = 254) String email,
			@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
			@NotNull @StrongPassword String newPassword) {

		@Override
		public String toString() {
			return "ResetPassword[email=" + email + "]";
		}

	}

}
