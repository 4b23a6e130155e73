package dev.stratus.workspace.internal.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A typed field of an {@link Entity}. The type stays text, as sent, so that an unknown one is reported
 * at its path rather than failing the whole body; {@link #fieldType()} reads it once the schema is valid.
 */
public record Field(@Nullable String name, @Nullable String type, @Nullable Boolean required,
		@Nullable Boolean unique, @Nullable List<@Nullable String> values) {

	/** Whether a value must be present; not sent means optional. */
	public boolean isRequired() {
		return Boolean.TRUE.equals(required);
	}

	/** Whether no two rows may share a value; not sent means they may. */
	public boolean isUnique() {
		return Boolean.TRUE.equals(unique);
	}

	/** @throws IllegalStateException when the type is not one of {@link FieldType}'s (an unvalidated schema) */
	public FieldType fieldType() {
		return FieldType.named(type).orElseThrow(() -> new IllegalStateException("Unknown field type " + type));
	}

	/** The enum's values, empty for other types. */
	public List<@Nullable String> enumValues() {
		return values == null ? List.of() : values;
	}

}
