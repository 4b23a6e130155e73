package dev.stratus.workspace.web;

import dev.stratus.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the workspace's routes: every signed-in user, whatever their account's role. Roles in
 * a project are its team's, checked by the module's services ({@code ProjectAccess}), not here.
 */
@Component
class WorkspaceRoutes implements RouteRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/projects", "/api/projects/**", "/api/invitations/**", "/api/home",
				"/api/dashboard", "/api/architecture/**", "/api/generations/**", "/api/deployments/**")
			.authenticated();
	}

}
