package dev.stratus.workspace;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/** A chart's span: the last 24 hours by the hour, or the last 7 or 30 days by the (UTC) day. */
public enum ChartPeriod {

	LAST_24_HOURS("24h", ChronoUnit.HOURS, 24), LAST_7_DAYS("7d", ChronoUnit.DAYS, 7),
	LAST_30_DAYS("30d", ChronoUnit.DAYS, 30);

	private final String wire;

	private final ChronoUnit unit;

	private final int buckets;

	ChartPeriod(String wire, ChronoUnit unit, int buckets) {
		this.wire = wire;
		this.unit = unit;
		this.buckets = buckets;
	}

	public String wire() {
		return wire;
	}

	/** {@link ChronoUnit#HOURS} or {@link ChronoUnit#DAYS}. */
	public ChronoUnit unit() {
		return unit;
	}

	/** How many buckets a chart of this period has, the current (partial) one included. */
	public int buckets() {
		return buckets;
	}

	public Duration bucketLength() {
		return unit.getDuration();
	}

	public static Optional<ChartPeriod> fromWire(String wire) {
		return Arrays.stream(values()).filter(period -> period.wire.equals(wire)).findFirst();
	}

}
