package dev.stratus.fleet;

import java.time.Duration;

/** How far back a chart looks, and the resolution that keeps it at 60 to 168 points. */
public enum MetricPeriod {

	HOUR("1h", Duration.ofHours(1), 60), SIX_HOURS("6h", Duration.ofHours(6), 300),
	DAY("24h", Duration.ofDays(1), 900), WEEK("7d", Duration.ofDays(7), 3600);

	private final String wireName;

	private final Duration span;

	private final int resolutionSeconds;

	MetricPeriod(String wireName, Duration span, int resolutionSeconds) {
		this.wireName = wireName;
		this.span = span;
		this.resolutionSeconds = resolutionSeconds;
	}

	public String wireName() {
		return wireName;
	}

	public Duration span() {
		return span;
	}

	public int resolutionSeconds() {
		return resolutionSeconds;
	}

	/** @throws IllegalArgumentException for anything but {@code 1h}, {@code 6h}, {@code 24h}, {@code 7d} */
	public static MetricPeriod of(String wireName) {
		for (MetricPeriod period : values()) {
			if (period.wireName.equals(wireName)) {
				return period;
			}
		}
		throw new IllegalArgumentException("Unknown period '" + wireName + "'");
	}

}
