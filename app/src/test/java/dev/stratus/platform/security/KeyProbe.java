package dev.stratus.platform.security;

import java.util.List;
import java.util.Map;

import dev.stratus.platform.security.KeyRoutes.KeyRoute;
import dev.stratus.platform.web.ApiResponse;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A route opened to API keys the way a module opens its own ({@link KeyRoutes}), for tests only:
 * reading needs {@code customers:read}, writing {@code customers:write}. It answers with the
 * {@link Caller} the request acts for.
 */
@TestConfiguration(proxyBeanMethods = false)
public class KeyProbe {

	public static final String PATH = "/api/key-probe";

	@Bean
	KeyRoutes keyProbeRoutes() {
		return () -> List.of(KeyRoute.of(HttpMethod.GET, PATH + "/**", "customers:read"),
				KeyRoute.of(HttpMethod.POST, PATH + "/**", "customers:write"));
	}

	/**
	 * Registered as a member of this configuration; a test component too, so that component scanning
	 * does not register it a second time, or in contexts that do not import this configuration; hidden
	 * from the OpenAPI document, which the tests' context writes.
	 */
	@TestComponent
	@RestController
	@Hidden
	static class Controller {

		@GetMapping(PATH)
		ApiResponse<Map<String, Object>> read() {
			return caller();
		}

		@PostMapping(PATH)
		ApiResponse<Map<String, Object>> write() {
			return caller();
		}

		private static ApiResponse<Map<String, Object>> caller() {
			Caller caller = Caller.get();
			return ApiResponse.of(Map.of("userId", caller.userId(), "apiKeyId",
					caller.apiKeyId() == null ? "" : caller.apiKeyId()));
		}

	}

}
