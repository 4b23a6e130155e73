package dev.stratus.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stratus.identity.ApiKey;
import dev.stratus.identity.ApiKey.Scope;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.str;

/**
 * An API key as stored: item {@code APIKEY#<prefix>/KEY}, keyed by the prefix a presented key
 * starts with so that checking one is a single read, and listed newest first on GSI1. It holds the
 * key's HMAC, never the key.
 *
 * @param hash the HMAC of the whole key ({@link ApiKeySecrets})
 * @param revokesAt when it stops working by revocation: now for a revoked key, later for a rotated one
 * in its grace period; null while it is live
 */
public record ApiKeyRecord(String id, String prefix, String hash, String name, Set<Scope> scopes,
		int rateLimitPerMinute, long dailyQuota, @Nullable Instant expiresAt, Instant createdAt, String createdBy,
		@Nullable Instant revokesAt, @Nullable Instant lastUsedAt) {

	static final String SK = "KEY";

	/** GSI1 partition holding every key, sorted by creation time. */
	static final String ALL_KEYS = "API_KEYS";

	public ApiKeyRecord {
		scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
	}

	static String pk(String prefix) {
		return "APIKEY#" + prefix;
	}

	/** Whether the key works at {@code now}: neither expired nor revoked. */
	public boolean usableAt(Instant now) {
		return (expiresAt == null || now.isBefore(expiresAt)) && !revokedAt(now);
	}

	boolean revokedAt(Instant now) {
		return revokesAt != null && !now.isBefore(revokesAt);
	}

	/** Its scopes and the ones they imply, as the API spells them. */
	Set<String> grantedScopes() {
		return scopes.stream()
			.flatMap(scope -> scope.granted().stream())
			.map(Scope::value)
			.collect(Collectors.toUnmodifiableSet());
	}

	public ApiKey view(Instant now, @Nullable Instant lastUsed, long usageToday) {
		return new ApiKey(id, name, prefix, scopes, rateLimitPerMinute, dailyQuota, expiresAt, createdAt, createdBy,
				lastUsed, usageToday, revokedAt(now));
	}

	Map<String, AttributeValue> toItem() {
		Map<String, AttributeValue> item = new HashMap<>(Attributes.key(pk(prefix), SK));
		item.put("id", s(id));
		item.put("prefix", s(prefix));
		item.put("hash", s(hash));
		item.put("name", s(name));
		item.put("scopes", AttributeValue.fromSs(scopes.stream().map(Scope::value).sorted().toList()));
		item.put("rateLimitPerMinute", n(rateLimitPerMinute));
		item.put("dailyQuota", n(dailyQuota));
		if (expiresAt != null) {
			item.put("expiresAt", s(Timestamps.format(expiresAt)));
		}
		item.put("createdAt", s(Timestamps.format(createdAt)));
		item.put("createdBy", s(createdBy));
		item.put("GSI1PK", s(ALL_KEYS));
		item.put("GSI1SK", s(Timestamps.format(createdAt) + "#" + id));
		return item;
	}

	static ApiKeyRecord from(Map<String, AttributeValue> item) {
		return new ApiKeyRecord(str(item, "id"), str(item, "prefix"), str(item, "hash"), str(item, "name"),
				item.get("scopes").ss().stream().map(Scope::of).collect(Collectors.toSet()),
				Integer.parseInt(item.get("rateLimitPerMinute").n()), Long.parseLong(item.get("dailyQuota").n()),
				instant(item, "expiresAt"), Instant.parse(str(item, "createdAt")), str(item, "createdBy"),
				instant(item, "revokesAt"), instant(item, "lastUsedAt"));
	}

	@Nullable
	private static Instant instant(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null ? null : Instant.parse(value.s());
	}

	@Override
	public String toString() {
		return "ApiKeyRecord[id=" + id + ", prefix=" + prefix + ", revokesAt=" + revokesAt + "]";
	}

}
