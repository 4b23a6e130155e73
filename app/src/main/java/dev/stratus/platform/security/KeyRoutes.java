package dev.stratus.platform.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * The routes of a module that API keys may call, each with the scope it needs; declared as a bean
 * beside the module's {@link RouteRules}. A keyed request to any other route is refused (403),
 * whatever the module's role rules say: a key is never a role. For example, the customers module:
 * <pre>{@code
 * @Bean
 * KeyRoutes customerKeyRoutes() {
 *     return () -> List.of(KeyRoute.of(HttpMethod.GET, "/api/customers/**", "customers:read"),
 *             KeyRoute.of(HttpMethod.POST, "/api/customers/**", "customers:write"),
 *             KeyRoute.of(HttpMethod.DELETE, "/api/customers/**", "customers:write"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface KeyRoutes {

	List<KeyRoute> routes();

	/**
	 * @param pattern a path pattern as Spring MVC writes them ({@code /api/customers/**} covers
	 * {@code /api/customers} too), matched against the normalised path
	 */
	record KeyRoute(HttpMethod method, String pattern, String scope) {

		public static KeyRoute of(HttpMethod method, String pattern, String scope) {
			return new KeyRoute(method, pattern, scope);
		}

	}

}
