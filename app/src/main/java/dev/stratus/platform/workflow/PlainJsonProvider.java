package dev.stratus.platform.workflow;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;

import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.spi.json.AbstractJsonProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jayway JsonPath over plain maps and lists, parsed and written by our Jackson 3 (Jayway's own
 * Jackson provider is for Jackson 2). {@link JsonPaths} converts a document once at the edge.
 */
final class PlainJsonProvider extends AbstractJsonProvider {

	private final JsonMapper json;

	PlainJsonProvider(JsonMapper json) {
		this.json = json;
	}

	@Override
	public Object parse(String text) {
		try {
			return json.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			throw new InvalidJsonException(ex);
		}
	}

	@Override
	public Object parse(InputStream in, String charset) {
		try {
			return json.readValue(in, Object.class);
		}
		catch (JacksonException ex) {
			throw new InvalidJsonException(ex);
		}
	}

	@Override
	public String toJson(Object value) {
		return json.writeValueAsString(value);
	}

	@Override
	public Object createArray() {
		return new ArrayList<>();
	}

	@Override
	public Object createMap() {
		return new LinkedHashMap<String, Object>();
	}

}
