package dev.stratus.platform.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a field of a partial update that a client may clear, telling apart what a plain field cannot:
 * not sent is {@code null} (leave it as it is), sent as {@code null} is {@link Optional#empty()} (clear it),
 * and anything else is the value, read as strictly as any other field. Declare it on the record component:
 * {@code @JsonDeserialize(using = Clearable.class) @Nullable Optional<@HttpUrl String> imageUrl}.
 */
public final class Clearable extends ValueDeserializer<Optional<?>> {

	private final @Nullable ValueDeserializer<?> value;

	public Clearable() {
		this(null);
	}

	private Clearable(@Nullable ValueDeserializer<?> value) {
		this.value = value;
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
		return new Clearable(context.findContextualValueDeserializer(property.getType().containedTypeOrUnknown(0),
				property));
	}

	@Override
	public Optional<?> deserialize(JsonParser parser, DeserializationContext context) {
		if (value == null) {
			throw new IllegalStateException("Clearable is declared on a record component, not used alone");
		}
		return Optional.ofNullable(value.deserialize(parser, context));
	}

	@Override
	public Optional<?> getNullValue(DeserializationContext context) {
		return Optional.empty();
	}

	@Override
	public @Nullable Object getAbsentValue(DeserializationContext context) {
		return null;
	}

}
