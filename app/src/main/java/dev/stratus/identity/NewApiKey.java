package dev.stratus.identity;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an admin asks for when creating a key: its usage plan is a rate per minute and a quota per
 * UTC day.
 *
 * @param expiresAt null for a key that does not expire
 */
public record NewApiKey(String name, Set<ApiKey.Scope> scopes, @Nullable Instant expiresAt, int rateLimitPerMinute,
		long dailyQuota) {

	public static final int DEFAULT_RATE_PER_MINUTE = 60;

	public static final long DEFAULT_DAILY_QUOTA = 10_000;

	public NewApiKey {
		scopes = Set.copyOf(scopes);
	}

}
