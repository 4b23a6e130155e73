package dev.stratus.workspace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a chart counts: {@link #ACTIVITY} every activity entry, {@link #DEPLOYMENTS} the deployments requested
 * ({@code deployment_requested}), {@link #GENERATIONS} the code generations requested ({@code generation_requested}).
 */
public enum ChartType {

	DEPLOYMENTS, GENERATIONS, ACTIVITY;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ChartType> fromWire(String wire) {
		return Arrays.stream(values()).filter(type -> type.wire().equals(wire)).findFirst();
	}

	/** The chart that counts entries of {@code activityType} besides {@link #ACTIVITY}, if any. */
	public static Optional<ChartType> counting(String activityType) {
		return switch (activityType) {
			case ActivityTypes.DEPLOYMENT_REQUESTED -> Optional.of(DEPLOYMENTS);
			case ActivityTypes.GENERATION_REQUESTED -> Optional.of(GENERATIONS);
			default -> Optional.empty();
		};
	}

}
