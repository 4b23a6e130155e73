package dev.stratus.customers.web;

import java.util.List;

import dev.stratus.platform.security.KeyRoutes;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the customers API: admins and managers with their tokens, and API keys (seed 004's
 * machine clients) by scope: {@code customers:read} to read, {@code customers:write} to register and
 * delete.
 */
@Component
class CustomerRoutes implements RouteRules, KeyRoutes {

	private static final String ROUTES = "/api/customers/**";

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/customers", ROUTES).hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name());
	}

	@Override
	public List<KeyRoute> routes() {
		return List.of(KeyRoute.of(HttpMethod.GET, ROUTES, "customers:read"),
				KeyRoute.of(HttpMethod.POST, ROUTES, "customers:write"),
				KeyRoute.of(HttpMethod.DELETE, ROUTES, "customers:write"));
	}

}
