package dev.stratus.platform.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every request body declared as a record, strictly: a value of the wrong JSON type
 * ({@code "price": 9.99} for whole cents, {@code "quantity": "3"}) is never coerced but becomes a field
 * problem ("must be an integer"), and the other fields are still read, so that the one
 * {@code VALIDATION_ERROR} lists it beside the constraint violations of the rest. The reader leaves such a
 * field {@code null} and hands its problems to {@link WrongTypes}, which adds them to the body's binding
 * result when {@code @Valid} validates it. Malformed JSON and a body that is not an object stay 400
 * {@code BAD_REQUEST}; unknown fields are ignored.
 */
@Component
class RequestBodyReader implements HttpMessageConverter<Object> {

	/** The request attribute that carries the problems of the body read last. */
	static final String PROBLEMS = RequestBodyReader.class.getName() + ".problems";

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON,
			new MediaType("application", "*+json"));

	private final JsonMapper strict;

	RequestBodyReader(JsonMapper json) {
		this.strict = json.rebuild()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.String, CoercionInputShape.EmptyString,
					CoercionInputShape.Float, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float,
					refuse(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean,
					refuse(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Integer))
			.build();
	}

	private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
		return config -> {
			for (CoercionInputShape shape : shapes) {
				config.setCoercion(shape, CoercionAction.Fail);
			}
		};
	}

	/** The body's fields of the wrong JSON type, in the order they were found. */
	record Problems(Object body, List<FieldProblem> wrongTypes) {
	}

	@Override
	public boolean canRead(Class<?> type, @Nullable MediaType mediaType) {
		return type.isRecord() && (mediaType == null || JSON.stream().anyMatch(json -> json.includes(mediaType)));
	}

	@Override
	public boolean canWrite(Class<?> type, @Nullable MediaType mediaType) {
		return false;
	}

	@Override
	public List<MediaType> getSupportedMediaTypes() {
		return JSON;
	}

	@Override
	public Object read(Class<?> type, HttpInputMessage input) throws IOException {
		JsonNode tree;
		try {
			tree = strict.readTree(input.getBody());
		}
		catch (JacksonException malformed) {
			throw new HttpMessageNotReadableException("Request body is not valid JSON", malformed, input);
		}
		if (!(tree instanceof ObjectNode fields)) {
			throw new ApiException(ErrorCode.BAD_REQUEST, "Request body must be a JSON object");
		}
		List<FieldProblem> wrongTypes = new ArrayList<>();
		// Each pass drops the field Jackson stumbled on, so the next pass reads the ones after it; a field
		// is dropped at most once, so this ends after at most one pass per field.
		while (true) {
			try {
				Object body = strict.treeToValue(fields, type);
				handOver(body, wrongTypes);
				return body;
			}
			catch (JacksonException ex) {
				String field = field(ex);
				if (field == null || wrongTypes.stream().anyMatch(p -> p.field().equals(field))
						|| !drop(fields, ex.getPath())) {
					throw new HttpMessageNotReadableException("Request body cannot be read", ex, input);
				}
				wrongTypes.add(new FieldProblem(field, expected(ex)));
			}
		}
	}

	/** Never called: {@link #canWrite} is false, so Spring writes responses with its own converters. */
	@Override
	public void write(Object body, @Nullable MediaType contentType, HttpOutputMessage output) {
		throw new UnsupportedOperationException("Reads request bodies only");
	}

	private static void handOver(Object body, List<FieldProblem> wrongTypes) {
		if (wrongTypes.isEmpty()) {
			return;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			throw new InvalidInput(wrongTypes);
		}
		request.setAttribute(PROBLEMS, new Problems(body, List.copyOf(wrongTypes)), RequestAttributes.SCOPE_REQUEST);
	}

	/** The field as Bean Validation names it: {@code price}, {@code address.city}, {@code tags[1]}. */
	private static @Nullable String field(JacksonException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				field.append('[').append(ref.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? null : field.toString();
	}

	private static boolean drop(ObjectNode root, List<JacksonException.Reference> path) {
		JsonNode parent = root;
		for (int i = 0; i < path.size() - 1 && parent != null; i++) {
			JacksonException.Reference ref = path.get(i);
			parent = ref.getPropertyName() != null ? parent.get(ref.getPropertyName()) : parent.get(ref.getIndex());
		}
		JacksonException.Reference last = path.get(path.size() - 1);
		if (parent instanceof ObjectNode object && last.getPropertyName() != null) {
			return object.remove(last.getPropertyName()) != null;
		}
		if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()) {
			array.setNull(last.getIndex());
			return true;
		}
		return false;
	}

	private static String expected(JacksonException ex) {
		Class<?> type = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
				: ex instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
		if (type == null) {
			return "has the wrong type";
		}
		if (type == Long.class || type == Integer.class || type == Short.class || type == Byte.class
				|| type == BigInteger.class || type == long.class || type == int.class || type == short.class) {
			return "must be an integer";
		}
		if (type == Double.class || type == Float.class || type == BigDecimal.class || type == double.class
				|| type == float.class) {
			return "must be a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
			return "must be a string";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "must be a list";
		}
		return Map.class.isAssignableFrom(type) || type.isRecord() ? "must be an object" : "has the wrong type";
	}

}
