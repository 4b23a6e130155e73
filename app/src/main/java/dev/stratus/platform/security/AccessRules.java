package dev.stratus.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what: every route rule of the API in one place. Rules that depend on the data (an
 * order's owner) live in the owning service; everything else is here, and the role matrix test
 * checks it.
 */
final class AccessRules {

	private static final String ADMIN = Role.ADMIN.name();

	private static final String MANAGER = Role.MANAGER.name();

	private static final String USER = Role.USER.name();

	private AccessRules() {
	}

	static void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// Public routes are public whatever the method, so a wrong one is Spring MVC's 405, not a 401.
		rules.requestMatchers("/api/health")
			.permitAll()
			.requestMatchers("/api/auth/register", "/api/auth/confirm", "/api/auth/resend-code", "/api/auth/login",
					"/api/auth/refresh", "/api/auth/forgot-password", "/api/auth/reset-password")
			.permitAll()
			.requestMatchers("/api/auth/.well-known/jwks.json")
			.permitAll()
			// The local inbox exists only in local mode and only for callers on this machine
			// (mail.LoopbackOnlyFilter), where every mailbox is open by design.
			.requestMatchers("/api/local/**")
			.permitAll()
			// An <img> sends no bearer token; this only redirects to a short-lived S3 link of an image
			// whose address (a random product id) the caller already had to be given.
			.requestMatchers(HttpMethod.GET, "/api/products/*/image")
			.permitAll()
			.requestMatchers("/api/admin/**")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.POST, "/api/products", "/api/products/**")
			.hasAnyRole(ADMIN, MANAGER)
			.requestMatchers(HttpMethod.PUT, "/api/products/**")
			.hasAnyRole(ADMIN, MANAGER)
			.requestMatchers(HttpMethod.DELETE, "/api/products/**")
			.hasAnyRole(ADMIN, MANAGER)
			// Guests browse; ordering takes a full account.
			.requestMatchers(HttpMethod.POST, "/api/orders", "/api/orders/**")
			.hasAnyRole(ADMIN, MANAGER, USER)
			.requestMatchers("/api/**")
			.authenticated()
			// The web console and the API documentation.
			.anyRequest()
			.permitAll();
	}

}
