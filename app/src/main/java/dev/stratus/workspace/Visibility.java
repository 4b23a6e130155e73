package dev.stratus.workspace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a project is listed for. Either way only its team reads its data: {@code team} is the seed's
 * label for a project the team shares, and both are kept for the console to show.
 */
public enum Visibility {

	PRIVATE, TEAM;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Visibility> fromWire(String wire) {
		return Arrays.stream(values()).filter(visibility -> visibility.wire().equals(wire)).findFirst();
	}

}
