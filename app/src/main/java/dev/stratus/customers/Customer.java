package dev.stratus.customers;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A registered customer id, as the registration workflow inserted it.
 *
 * @param createdBy the user who registered it, or the admin who owns the API key used
 * @param apiKeyId the key used, when one was
 * @param executionId the workflow execution that registered it
 */
public record Customer(String id, @Nullable String name, @Nullable String email, Map<String, String> attributes,
		Instant createdAt, String createdBy, @Nullable String apiKeyId, String executionId) {
}
