package dev.stratus.workspace.internal.assistant;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the analyser writes times and counts. */
final class Texts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Texts() {
	}

	static String time(Instant at) {
		return TIME.format(at);
	}

	/** {@code an Order}, {@code a Customer}: by the first letter, which is right for most names. */
	static String article(String noun) {
		return ("AEIOUaeiou".indexOf(noun.isEmpty() ? 'x' : noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

	/** {@code 1 entity}, {@code 3 entities}. */
	static String count(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
