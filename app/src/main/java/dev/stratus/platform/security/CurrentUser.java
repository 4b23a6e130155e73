package dev.stratus.platform.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The signed-in user as modules see it: id, email and roles from the verified token. A request made
 * with an API key has no user of its own (it has scopes, not roles): see {@link Caller}.
 */
public record CurrentUser(String id, String email, Set<Role> roles) {

	public boolean is(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return is(Role.ADMIN);
	}

	/**
	 * @throws IllegalStateException when called outside a request signed in with a bearer token
	 */
	public static CurrentUser get() {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
			throw new IllegalStateException("No signed-in user in this request (an API key's request has a Caller)");
		}
		Set<Role> roles = token.getAuthorities()
			.stream()
			.map(authority -> authority.getAuthority().replaceFirst("^ROLE_", ""))
			// A role this app does not know (a group added in Cognito, say) grants nothing.
			.flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
			.collect(Collectors.toUnmodifiableSet());
		return new CurrentUser(token.getName(), token.getToken().getClaimAsString("email"), roles);
	}

}
