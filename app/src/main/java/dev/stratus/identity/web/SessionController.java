package dev.stratus.identity.web;

import java.util.List;
import java.util.regex.Pattern;

import dev.stratus.identity.Accounts;
import dev.stratus.identity.SignInSession;
import dev.stratus.identity.web.SessionResponses.EndedSession;
import dev.stratus.identity.web.SessionResponses.RevokedSessions;
import dev.stratus.identity.web.SessionResponses.SessionView;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.web.ApiResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own sign-in sessions ({@code /api/auth/sessions}): which are active, and signing out
 * one of them or every one but the current. Signed-in users only (the platform's default).
 */
@RestController
@RequestMapping("/api/auth/sessions")
class SessionController {

	/** Session ids are UUIDs in both pools; anything else cannot name one, so it is not looked up. */
	private static final Pattern SESSION_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

	private final Accounts accounts;

	SessionController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	ApiResponse<List<SessionView>> sessions() {
		String current = currentSessionId();
		return ApiResponse.of(accounts.sessions(CurrentUser.get().id())
			.stream()
			.map(session -> SessionView.of(session, session.id().equals(current)))
			.toList());
	}

	@DeleteMapping("/{id}")
	ApiResponse<EndedSession> endSession(@PathVariable String id) {
		if (!SESSION_ID.matcher(id).matches()) {
			throw new NotFound("Session");
		}
		accounts.endSession(CurrentUser.get().id(), id);
		return ApiResponse.of(new EndedSession(id));
	}

	@PostMapping("/revoke-others")
	ApiResponse<RevokedSessions> revokeOtherSessions() {
		int revoked = accounts.endOtherSessions(CurrentUser.get().id(), currentSessionId());
		return ApiResponse.of(new RevokedSessions(revoked));
	}

	/** The session of the presented token; every accepted token carries one (the account check insists). */
	private static String currentSessionId() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
			String sessionId = token.getToken().getClaimAsString(SignInSession.TOKEN_CLAIM);
			if (sessionId != null) {
				return sessionId;
			}
		}
		throw new IllegalStateException("The request's token names no session");
	}

}
