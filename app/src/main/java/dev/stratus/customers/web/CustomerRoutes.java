package dev.stratus.customers.web;

import dev.stratus.platform.security.Role;
import dev.stratus.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the customers API: admins and managers with their tokens.
 * <p>
 * TODO(api keys, issue #15): when {@code X-Api-Key} lands in main, open these routes to keys too:
 * {@code GET /api/customers/**} with {@code customers:read}, {@code POST}/{@code DELETE} with
 * {@code customers:write} (the platform's declaration for machine routes).
 */
@Component
class CustomerRoutes implements RouteRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/customers", "/api/customers/**")
			.hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name());
	}

}
