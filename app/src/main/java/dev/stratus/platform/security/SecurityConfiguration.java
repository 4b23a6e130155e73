package dev.stratus.platform.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import dev.stratus.platform.StratusProperties;
import dev.stratus.platform.cloud.BucketSpec;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.web.ErrorCode;
import dev.stratus.platform.web.ErrorResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Stateless bearer-token security. The identity module supplies the {@link JwtDecoder} (its own
 * keys locally, the Cognito pool's on AWS); groups in {@code cognito:groups} become roles. Machine
 * clients send {@code X-Api-Key} instead ({@link ApiKeyFilter}, checked by the identity module's
 * {@link ApiKeyCheck}, on the routes modules open with {@link KeyRoutes}). Every refusal is answered
 * in the error envelope.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, StratusProperties settings, ErrorResponses errors,
			ObjectProvider<JwtDecoder> decoder, ObjectProvider<S3Presigner> presigner,
			ObjectProvider<BucketSpec> buckets, ObjectProvider<CloudResources> resources,
			ObjectProvider<RouteRules> routes, ObjectProvider<KeyRoutes> keyRoutes, ObjectProvider<ApiKeyCheck> keys,
			Clock clock, @Value("${stratus.console-api-origins:}") List<String> consoleApiOrigins) throws Exception {
		KeyAccess keyAccess = new KeyAccess(keyRoutes.orderedStream().toList());
		AccessRules access = new AccessRules(routes.orderedStream().toList(), keyAccess);
		http.csrf(csrf -> csrf.disable())
			// Nothing reads the caller through the servlet API (getUserPrincipal, isUserInRole): without its filter
			// the request carries one wrapper fewer, through which every attribute read of the chain and of Spring
			// MVC's route matching passes.
			.servletApi(servletApi -> servletApi.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors(cors -> cors.configurationSource(cors(settings.corsOrigins())))
			.headers(headers -> headers
				.addHeaderWriter(ConsolePolicy.presigned(presigner, buckets, resources, consoleApiOrigins))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
			.authorizeHttpRequests(access::apply)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> errors.write(response, ErrorCode.UNAUTHORIZED,
						"Sign in first: send a valid 'Authorization: Bearer <ID token>' header", null))
				.accessDeniedHandler((request, response, ex) -> errors.write(response, ErrorCode.FORBIDDEN,
						"Your role does not allow this", null)))
			.addFilterBefore(new ApiKeyFilter(keys, keyAccess, errors), BearerTokenAuthenticationFilter.class)
			.addFilterAfter(new RateLimitFilter(settings.rateLimit(), errors, clock),
					BearerTokenAuthenticationFilter.class);
		decoder.ifAvailable(jwtDecoder -> http.oauth2ResourceServer(resourceServer -> resourceServer
			.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(SecurityConfiguration::withRoles))
			.authenticationEntryPoint((request, response, ex) -> errors.write(response, ErrorCode.UNAUTHORIZED,
					"Token rejected: " + ex.getMessage(), null))));
		return http.build();
	}

	/**
	 * No observation around Spring Security's filters, authentications and authorisations. Turned off by name
	 * ({@code management.observations.enable.spring.security}), they still ran as no-ops: a decorator wrapped each of
	 * the chain's dozen filters on every request and allocated its context and events, about a tenth of what a
	 * warm product read allocated. The HTTP request metrics stay.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The firewall's refusals (a path with {@code //}, {@code /./} or an encoded slash) in the
	 * envelope too; Spring Security's own answer is Boot's error page.
	 */
	@Bean
	RequestRejectedHandler requestRejected(ErrorResponses errors) {
		return (request, response, ex) -> errors.write(response, ErrorCode.BAD_REQUEST,
				"The request path is not in normal form (no '//', '/./', '/../' or encoded '/')", null);
	}

	/** Reads {@code cognito:groups} into {@code ROLE_*} authorities; the token's subject is the name. */
	static AbstractAuthenticationToken withRoles(Jwt jwt) {
		List<String> groups = jwt.getClaimAsStringList(Role.GROUPS_CLAIM);
		Collection<SimpleGrantedAuthority> authorities = (groups == null ? List.<String>of() : groups).stream()
			.map(group -> new SimpleGrantedAuthority("ROLE_" + group.toUpperCase(java.util.Locale.ROOT)))
			.toList();
		return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
	}

	private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
		var source = new UrlBasedCorsConfigurationSource();
		if (origins != null && !origins.isEmpty()) {
			var config = new CorsConfiguration();
			config.setAllowedOrigins(origins);
			config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
			config.setAllowedHeaders(List.of("Authorization", ApiKeyFilter.HEADER, "Content-Type", "If-Match",
					"Idempotency-Key", "X-Request-Id"));
			config.setExposedHeaders(List.of("ETag", "X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining",
					"X-RateLimit-Reset", "Retry-After"));
			source.registerCorsConfiguration("/api/**", config);
		}
		return source;
	}

}
