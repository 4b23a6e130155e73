package dev.stratus.platform.errors;

import org.jspecify.annotations.Nullable;

/** A value that must be unique is taken: an email, a SKU. */
public final class Duplicate extends DomainException {

	private final @Nullable String field;

	public Duplicate(String message) {
		super(message);
		this.field = null;
	}

	/** @param field the taken field, named to the caller */
	public Duplicate(String message, String field) {
		super(message);
		this.field = field;
	}

	public @Nullable String field() {
		return field;
	}

}
