package dev.stratus.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number formatting for the tables: fixed decimals, locale-independent; and the API's timestamps. */
final class Fmt {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Fmt() {
	}

	static String num(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	/** As the API writes it (and keys its counters): ISO-8601 UTC with milliseconds. */
	static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	static String ms(double value) {
		return num(value, Math.abs(value) < 10 ? 2 : 1);
	}

	/** A ratio such as {@code 0.62×}, or {@code n/a} when the base is zero. */
	static String ratio(double value, double base) {
		return base == 0 ? "n/a" : num(value / base, 2) + "×";
	}

	/** A signed difference in ms such as {@code +1.20 ms}. */
	static String delta(double value, double base) {
		double d = value - base;
		return (d >= 0 ? "+" : "") + ms(d) + " ms";
	}

}
