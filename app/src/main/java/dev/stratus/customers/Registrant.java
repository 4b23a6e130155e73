package dev.stratus.customers;

import org.jspecify.annotations.Nullable;

/**
 * Who asks for a registration: the signed-in user, or the admin who owns the API key used.
 *
 * @param apiKeyId the key, when the request came with one
 */
public record Registrant(String userId, @Nullable String apiKeyId) {

	/** Whose {@code Idempotency-Key}s these are: a key's own, apart from its owner's. */
	String idempotencyOwner() {
		return apiKeyId == null ? "USER#" + userId : "KEY#" + apiKeyId;
	}

}
