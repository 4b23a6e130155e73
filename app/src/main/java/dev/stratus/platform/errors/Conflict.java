package dev.stratus.platform.errors;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The current state forbids the change: a stale version, an order already cancelled, a race lost. */
public final class Conflict extends DomainException {

	private final @Nullable Map<String, ?> details;

	public Conflict(String message) {
		super(message);
		this.details = null;
	}

	/** @param details what the caller needs to retry, say the current version */
	public Conflict(String message, Map<String, ?> details) {
		super(message);
		this.details = Map.copyOf(details);
	}

	public @Nullable Map<String, ?> details() {
		return details;
	}

}
