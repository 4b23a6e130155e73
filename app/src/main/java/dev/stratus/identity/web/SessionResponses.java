package dev.stratus.identity.web;

import dev.stratus.identity.SignInSession;
import dev.stratus.platform.web.Timestamps;

/** What {@code /api/auth/sessions} answers with. */
final class SessionResponses {

	private SessionResponses() {
	}

	/** @param current whether the request was made with this session's token */
	record SessionView(String id, String userAgent, String ipAddress, String createdAt, String lastUsedAt,
			boolean current) {

		static SessionView of(SignInSession session, boolean current) {
			return new SessionView(session.id(), session.userAgent(), session.ipAddress(),
					Timestamps.format(session.createdAt()), Timestamps.format(session.lastUsedAt()), current);
		}

	}

	record EndedSession(String id) {
	}

	record RevokedSessions(int revoked) {
	}

}
