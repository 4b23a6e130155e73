package dev.stratus.identity.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stratus.identity.ApiKey;
import dev.stratus.identity.IssuedApiKey;
import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;

/** What {@code /api/admin/api-keys} answers with; only {@link IssuedKey} carries the key. */
final class ApiKeyResponses {

	private ApiKeyResponses() {
	}

	/** A key just created or rotated: the one response that shows the key itself. */
	record IssuedKey(String id, String name, String key, String prefix, List<String> scopes, int rateLimitPerMinute,
			long dailyQuota, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String expiresAt, String createdAt) {

		static IssuedKey of(IssuedApiKey issued) {
			ApiKey key = issued.key();
			return new IssuedKey(key.id(), key.name(), issued.secret(), key.prefix(), scopeNames(key),
					key.rateLimitPerMinute(), key.dailyQuota(), timestamp(key.expiresAt()),
					Timestamps.format(key.createdAt()));
		}

		@Override
		public String toString() {
			return "IssuedKey[id=" + id + ", prefix=" + prefix + "]";
		}

	}

	/** A key in the admin's list. */
	record ListedKey(String id, String name, String prefix, List<String> scopes, int rateLimitPerMinute,
			long dailyQuota, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String expiresAt, String createdAt,
			@Nullable String lastUsedAt, long usageToday, boolean revoked) {

		static ListedKey of(ApiKey key) {
			return new ListedKey(key.id(), key.name(), key.prefix(), scopeNames(key), key.rateLimitPerMinute(),
					key.dailyQuota(), timestamp(key.expiresAt()), Timestamps.format(key.createdAt()),
					timestamp(key.lastUsedAt()), key.usageToday(), key.revoked());
		}

	}

	record RevokedKey(String revokedId) {
	}

	private static List<String> scopeNames(ApiKey key) {
		return key.scopes().stream().map(ApiKey.Scope::value).sorted().toList();
	}

	@Nullable
	private static String timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamps.format(instant);
	}

}
