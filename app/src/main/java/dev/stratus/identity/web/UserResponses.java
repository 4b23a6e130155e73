package dev.stratus.identity.web;

import dev.stratus.identity.Session;
import dev.stratus.identity.UserProfile;
import dev.stratus.platform.web.Timestamps;

/** What {@code /api/auth} and {@code /api/admin/users} answer with. */
final class UserResponses {

	private UserResponses() {
	}

	record Registered(String userId, String email, boolean confirmed) {

		static Registered of(UserProfile user) {
			return new Registered(user.userId(), user.email(), user.emailVerified());
		}

	}

	record Me(String userId, String email, String name, String role, boolean emailVerified, String createdAt) {

		static Me of(UserProfile user) {
			return new Me(user.userId(), user.email(), user.name(), user.role().group(), user.emailVerified(),
					Timestamps.format(user.createdAt()));
		}

	}

	/** A user in the admin's list: the profile plus whether the account is disabled. */
	record AdminView(String userId, String email, String name, String role, boolean emailVerified, boolean disabled,
			String createdAt) {

		static AdminView of(UserProfile user) {
			return new AdminView(user.userId(), user.email(), user.name(), user.role().group(), user.emailVerified(),
					user.disabled(), Timestamps.format(user.createdAt()));
		}

	}

	record Tokens(String idToken, String accessToken, String refreshToken, long expiresIn, String tokenType, Me user) {

		static Tokens of(Session session) {
			return new Tokens(session.idToken(), session.accessToken(), session.refreshToken(), session.expiresIn(),
					"Bearer", Me.of(session.user()));
		}

		@Override
		public String toString() {
			return "Tokens[user=" + user.userId() + "]";
		}

	}

	record Message(String message) {
	}

}
