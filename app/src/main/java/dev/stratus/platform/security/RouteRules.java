package dev.stratus.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's access rules for its own routes, declared as a bean in the module's {@code web/}, so a
 * new module never edits the platform. The platform applies them between its own rules, which come
 * first, and its catch-alls, which come last (see {@link AccessRules}): a module cannot get in front
 * of the admin area or behind the "signed in" default. The first matching rule wins; each module
 * matches only its own paths, so the modules' order among themselves does not change an answer
 * ({@code @Order} still makes it fixed).
 * <p>
 * Deliberately not a {@code Customizer}: Spring Security 7 applies customizer beans of its DSL to
 * every {@code HttpSecurity} by itself, before the platform's rules and outside their order.
 */
@FunctionalInterface
public interface RouteRules {

	void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
