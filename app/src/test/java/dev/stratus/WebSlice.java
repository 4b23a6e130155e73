package dev.stratus;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.stratus.platform.security.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the platform gives the web layer in the full app, reduced to what a {@link WebSliceTest} needs. */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSlice {

	/** The time on the slice's clock, so {@code meta.timestamp} is known. */
	public static final Instant NOW = Instant.parse("2026-01-15T10:30:00.123Z");

	/**
	 * A signed-in caller {@code user-1} with {@code role}, as the bearer-token filter would leave it.
	 */
	public static RequestPostProcessor as(Role role) {
		return jwt().jwt(token -> token.subject("user-1").claim("email", "caller@example.test"))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	/** A 400 {@code VALIDATION_ERROR} whose details name exactly {@code fields}, in this order. */
	public static ResultMatcher invalidFields(String... fields) {
		List<ResultMatcher> all = List.of(status().isBadRequest(), jsonPath("$.success").value(false),
				jsonPath("$.error.code").value("VALIDATION_ERROR"),
				jsonPath("$.error.details[*].field").value(contains(fields)));
		return result -> {
			for (ResultMatcher matcher : all) {
				matcher.match(result);
			}
		};
	}

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	/** Security only keeps the caller for the request; {@code AccessMatrixTests} checks who may call what. */
	@Bean
	SecurityFilterChain everythingOpen(HttpSecurity http) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.authorizeHttpRequests(routes -> routes.anyRequest().permitAll())
			.build();
	}

}
