package dev.stratus.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a request acts for, whichever credential it carried: the signed-in user, or the admin who
 * owns the API key it presented (then {@code apiKeyId} says which key). Modules that record who did
 * something ({@code createdBy}, {@code apiKeyId}) read this; role checks read {@link CurrentUser}.
 *
 * @param userId the user's id, or the key owner's
 * @param apiKeyId the key's id when an API key was used; null for a bearer token
 */
public record Caller(String userId, @Nullable String apiKeyId) {

	public boolean viaApiKey() {
		return apiKeyId != null;
	}

	/**
	 * @throws IllegalStateException when called outside an authenticated request
	 */
	public static Caller get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof ApiKeyAuthentication key) {
			return new Caller(key.holder().ownerId(), key.holder().keyId());
		}
		if (authentication instanceof JwtAuthenticationToken token) {
			return new Caller(token.getName(), null);
		}
		throw new IllegalStateException("No signed-in caller in this request");
	}

}
