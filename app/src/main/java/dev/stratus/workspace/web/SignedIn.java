package dev.stratus.workspace.web;

import dev.stratus.platform.security.CurrentUser;
import dev.stratus.workspace.Person;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The signed-in user of a workspace request, from their verified token. */
final class SignedIn {

	private SignedIn() {
	}

	/** Their id, email, and name (the token's {@code name}; their email when it has none). */
	static Person person() {
		CurrentUser user = CurrentUser.get();
		String name = SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
				? token.getToken().getClaimAsString("name") : null;
		return new Person(user.id(), user.email(), name == null || name.isBlank() ? user.email() : name);
	}

	static String userId() {
		return CurrentUser.get().id();
	}

}
