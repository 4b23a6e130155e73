package dev.stratus.platform.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by {@code X-Api-Key}: named after the admin the key acts for, with one
 * {@code SCOPE_<scope>} authority per scope and no role at all.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final KeyHolder holder;

	ApiKeyAuthentication(KeyHolder holder) {
		super(holder.scopes().stream().sorted().map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope)).toList());
		this.holder = holder;
		setAuthenticated(true);
	}

	KeyHolder holder() {
		return holder;
	}

	@Override
	public Object getCredentials() {
		// The key itself is never kept: nothing downstream may read, log or echo it.
		return "";
	}

	@Override
	public Object getPrincipal() {
		return holder.ownerId();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ApiKeyAuthentication that && holder.equals(that.holder) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return holder.hashCode();
	}

}
