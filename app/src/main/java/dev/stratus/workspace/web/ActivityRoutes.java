package dev.stratus.workspace.web;

import dev.stratus.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call the activity, notification, analytics and settings routes: every signed-in user, for their own. */
@Component
class ActivityRoutes implements RouteRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/activity", "/api/notifications", "/api/notifications/**", "/api/analytics/**",
				"/api/settings")
			.authenticated();
	}

}
