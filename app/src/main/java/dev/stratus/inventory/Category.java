package dev.stratus.inventory;

import java.util.Locale;
import java.util.Optional;

/** The product categories of the contract, spelled in lower case on the wire. */
public enum Category {

	ELECTRONICS, CLOTHING, FOOD, OTHER;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Category> fromWire(String value) {
		for (Category category : values()) {
			if (category.wire().equals(value)) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

}
