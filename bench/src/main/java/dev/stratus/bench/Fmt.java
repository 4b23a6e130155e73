package dev.stratus.bench;

import java.util.Locale;

/** Number formatting for the tables: fixed decimals, locale-independent. */
final class Fmt {

	private Fmt() {
	}

	static String num(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
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
