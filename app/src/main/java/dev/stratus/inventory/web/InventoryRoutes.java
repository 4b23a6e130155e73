package dev.stratus.inventory.web;

import dev.stratus.platform.security.Role;
import dev.stratus.platform.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call inventory's routes. Reading products and orders falls to the platform's "signed
 * in" (guests browse); the dead letters are in the platform's admin area.
 */
@Component
class InventoryRoutes implements RouteRules {

	private static final String ADMIN = Role.ADMIN.name();

	private static final String MANAGER = Role.MANAGER.name();

	private static final String USER = Role.USER.name();

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// An <img> sends no bearer token; this only redirects to a short-lived S3 link of an image
		// whose address (a random product id) the caller already had to be given.
		rules.requestMatchers(HttpMethod.GET, "/api/products/*/image")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/products", "/api/products/**")
			.hasAnyRole(ADMIN, MANAGER)
			.requestMatchers(HttpMethod.PUT, "/api/products/**")
			.hasAnyRole(ADMIN, MANAGER)
			.requestMatchers(HttpMethod.DELETE, "/api/products/**")
			.hasAnyRole(ADMIN, MANAGER)
			// Guests browse; ordering takes a full account.
			.requestMatchers(HttpMethod.POST, "/api/orders", "/api/orders/**")
			.hasAnyRole(ADMIN, MANAGER, USER);
	}

}
