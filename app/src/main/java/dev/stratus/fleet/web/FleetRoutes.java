package dev.stratus.fleet.web;

import dev.stratus.platform.security.Role;
import dev.stratus.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the fleet API: the audit log for admins and managers. Everything else, the actions included,
 * is open to every signed-in role (the platform's default): an action by a non-admin must reach the service,
 * which refuses it with 403 and audits the refusal, something a refusal in the security chain would not leave.
 */
@Component
class FleetRoutes implements RouteRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/fleet/audit", "/api/fleet/audit.csv", "/api/fleet/audit/**")
			.hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name());
	}

}
