package dev.stratus.inventory;

import java.util.Optional;
import java.util.UUID;

/** An order's identity. */
public record OrderId(UUID value) {

	public static OrderId random() {
		return new OrderId(UUID.randomUUID());
	}

	/** An id as clients send it; anything but a UUID names no order. */
	public static Optional<OrderId> parse(String value) {
		try {
			return Optional.of(new OrderId(UUID.fromString(value)));
		}
		catch (IllegalArgumentException notAUuid) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
