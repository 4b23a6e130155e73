package dev.stratus.fleet;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An EC2 instance as the console shows it.
 *
 * @param state EC2's state name: {@code pending|running|stopping|stopped|shutting-down|terminated}
 * @param statusChecks {@code ok|initializing|impaired|not-applicable} (not applicable unless running)
 * @param simulated whether the instance is one of the local cloud's simulated fleet
 */
public record Instance(String instanceId, String name, String type, String state, String statusChecks, String az,
		String region, @Nullable String privateIp, @Nullable String publicIp, Instant launchTime, String platform,
		Map<String, String> tags, boolean simulated) {

	/** Whether {@code search} (lower case) is in the name, id, private address or a tag value. */
	public boolean matches(String search) {
		return contains(name, search) || contains(instanceId, search) || contains(privateIp, search)
				|| tags.values().stream().anyMatch(value -> contains(value, search));
	}

	private static boolean contains(@Nullable String value, String search) {
		return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(search);
	}

}
