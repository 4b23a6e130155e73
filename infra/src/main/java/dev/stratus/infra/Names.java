package dev.stratus.infra;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Physical names ({@code stratus-<name>}, as the app's {@code CloudResources} uses) and construct ids. */
final class Names {

	static final String PREFIX = "stratus-";

	private Names() {
	}

	static String physical(String name) {
		return PREFIX + name;
	}

	/** {@code CustomerRegistration} as {@code customer-registration}. */
	static String kebab(String pascal) {
		return pascal.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** {@code code-generations} as {@code CodeGenerations}: a construct id that reads like the name. */
	static String pascal(String name) {
		return Arrays.stream(name.split("[^A-Za-z0-9]+"))
			.filter(part -> !part.isEmpty())
			.map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
			.collect(Collectors.joining());
	}

}
