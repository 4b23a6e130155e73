package dev.stratus.platform.security;

/**
 * Tells a user that something happened to their account's security (repeated failed sign-ins, a password reset,
 * a new API key, a role change): identity raises them, the workspace records them as {@code security_alert}
 * activity entries and notifies the user. A port, so identity needs no workspace.
 */
public interface SecurityAlerts {

	/**
	 * Records the alert for the user, or logs why it could not: the change it reports has happened, and
	 * must not be undone or refused because its alert could not be written.
	 * @param email where the user's email notifications go
	 * @param summary what happened, one sentence, no secrets
	 */
	void raise(String userId, String email, String summary);

}
