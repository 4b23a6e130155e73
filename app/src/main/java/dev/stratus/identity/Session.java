package dev.stratus.identity;

/** What a sign-in or a refresh hands out: the tokens, their lifetime in seconds, and who they are for. */
public record Session(String idToken, String accessToken, String refreshToken, long expiresIn, UserProfile user) {

	@Override
	public String toString() {
		return "Session[user=" + user.userId() + "]";
	}

}
