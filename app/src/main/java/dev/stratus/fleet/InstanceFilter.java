package dev.stratus.fleet;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which instances a list shows; every part is optional. State, type and region are EC2's own filters;
 * {@code search} is matched by the app, after EC2 answered.
 *
 * @param search a case-insensitive part of the name, id, private IP or a tag value
 */
public record InstanceFilter(@Nullable String state, @Nullable String type, @Nullable String region,
		@Nullable String search) {

	/** The search in lower case, or null when there is none. */
	public @Nullable String searchLowerCase() {
		return search == null || search.isBlank() ? null : search.toLowerCase(Locale.ROOT);
	}

	/** Everything the list depends on, for its page tokens. */
	public String scope() {
		return "fleet|" + state + "|" + type + "|" + region + "|" + searchLowerCase();
	}

}
