package dev.stratus.identity.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.stratus.identity.ApiKey;
import dev.stratus.identity.NewApiKey;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The bodies of {@code /api/admin/api-keys}; every broken field lands in the envelope's details. */
final class ApiKeyRequests {

	private static final String SCOPE = "customers:read|customers:write";

	private ApiKeyRequests() {
	}

	record CreateKey(@NotBlank @Size(max = 100) String name,
			@NotEmpty List<@NotNull @Pattern(regexp = SCOPE,
					message = "must be customers:read or customers:write") String> scopes,
			@Nullable Instant expiresAt, @Nullable @Min(1) @Max(10_000) Integer rateLimitPerMinute,
			@Nullable @Min(1) @Max(10_000_000) Long dailyQuota) {

		NewApiKey toNewKey() {
			Set<ApiKey.Scope> granted = EnumSet.noneOf(ApiKey.Scope.class);
			scopes.forEach(scope -> granted.add(ApiKey.Scope.of(scope)));
			return new NewApiKey(name.strip(), granted, expiresAt,
					rateLimitPerMinute == null ? NewApiKey.DEFAULT_RATE_PER_MINUTE : rateLimitPerMinute,
					dailyQuota == null ? NewApiKey.DEFAULT_DAILY_QUOTA : dailyQuota);
		}

	}

	record RotateKey(@Nullable @Min(0) @Max(86_400) Integer graceSeconds) {
	}

}
