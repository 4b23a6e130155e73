package dev.stratus.identity.web;

import dev.stratus.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call identity's routes. Signing up, in and back in takes no token; {@code /api/auth/me},
 * logout and the caller's sessions fall to the platform's "signed in"; {@code /api/admin/users} and
 * the key rotation are in the platform's admin area.
 */
@Component
class IdentityRoutes implements RouteRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// Public whatever the method, so a wrong one is Spring MVC's 405, not a 401.
		rules.requestMatchers("/api/auth/register", "/api/auth/confirm", "/api/auth/resend-code", "/api/auth/login",
				"/api/auth/refresh", "/api/auth/forgot-password", "/api/auth/reset-password")
			.permitAll()
			.requestMatchers("/api/auth/.well-known/jwks.json")
			.permitAll();
	}

}
