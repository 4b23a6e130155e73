package dev.stratus.platform.security;

import java.util.Set;

/**
 * A machine client that presented a valid API key: it acts for the admin who created the key,
 * limited to the key's scopes and its usage plan.
 *
 * @param keyId the key's id (as the admin API lists it)
 * @param prefix the key's visible prefix, {@code stx_<8 chars>}; safe to log, unlike the key
 * @param ownerId the user id of the admin the key acts for
 * @param scopes what it may do ({@code customers:read}, …), implied scopes included
 */
public record KeyHolder(String keyId, String prefix, String ownerId, Set<String> scopes, UsagePlan plan) {

	public KeyHolder {
		scopes = Set.copyOf(scopes);
	}

	public boolean has(String scope) {
		return scopes.contains(scope);
	}

	/** API Gateway's usage plan: a per-minute rate and a quota per UTC day. */
	public record UsagePlan(int perMinute, long perDay) {
	}

}
