package dev.stratus.customers;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A customer as asked to be registered; its rules (id format, email, duplicates) are the workflow's
 * to decide, so a draft may break them.
 */
public record CustomerDraft(String id, @Nullable String name, @Nullable String email,
		Map<String, String> attributes) {

	public CustomerDraft {
		// Sorted, so that the same request always reads (and fingerprints) the same.
		attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
	}

}
