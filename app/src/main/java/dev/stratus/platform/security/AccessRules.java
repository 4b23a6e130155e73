package dev.stratus.platform.security;

import java.util.List;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what, in the one order that is safe: requests admitted by an API key (decided by the
 * modules' {@link KeyRoutes} alone, never by a role rule), the platform's own routes and the admin
 * area, then each module's {@link RouteRules}, then the catch-alls. Rules that depend on the data (an
 * order's owner) live in the owning service; the role matrix test checks the rest.
 */
final class AccessRules {

	private final List<RouteRules> modules;

	private final KeyAccess keys;

	AccessRules(List<RouteRules> modules, KeyAccess keys) {
		this.modules = List.copyOf(modules);
		this.keys = keys;
	}

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// ApiKeyFilter has already refused a key outside its routes; this keeps a keyed request from
		// ever reaching a role rule, should that filter move.
		rules.requestMatchers(ApiKeyFilter::admitted)
			.access((authentication, context) -> new AuthorizationDecision(
					authentication.get() instanceof ApiKeyAuthentication key
							&& keys.refusal(context.getRequest(), key.holder()) == null));
		first(rules);
		modules.forEach(module -> module.declare(rules));
		last(rules);
	}

	private static void first(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// Public routes are public whatever the method, so a wrong one is Spring MVC's 405, not a 401.
		rules.requestMatchers("/api/health")
			.permitAll()
			// The local inbox exists only in local mode and only for callers on this machine
			// (mail.LoopbackOnlyFilter), where every mailbox is open by design.
			.requestMatchers("/api/local/**")
			.permitAll()
			// Before any module's rules, so that no module can open an admin route by mistake.
			.requestMatchers("/api/admin/**")
			.hasRole(Role.ADMIN.name());
	}

	private static void last(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// A route no module opened needs a signed-in caller: forgetting a rule closes, never opens.
		rules.requestMatchers("/api/**")
			.authenticated()
			// The web console and the API documentation.
			.anyRequest()
			.permitAll();
	}

}
