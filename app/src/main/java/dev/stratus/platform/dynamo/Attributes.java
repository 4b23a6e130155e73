package dev.stratus.platform.dynamo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reading and writing DynamoDB attribute values without the noise, the same way in every module's
 * table: strings, numbers, booleans, and instants as ISO-8601 strings (sortable as text).
 */
public final class Attributes {

	public static final String PK = "PK";

	public static final String SK = "SK";

	private Attributes() {
	}

	public static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	public static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	public static AttributeValue time(Instant value) {
		return AttributeValue.fromS(Timestamps.format(value));
	}

	public static AttributeValue bool(boolean value) {
		return AttributeValue.fromBool(value);
	}

	/** The key as a fresh, mutable map, so that an item can be built on it. */
	public static Map<String, AttributeValue> key(String pk, String sk) {
		Map<String, AttributeValue> key = new HashMap<>();
		key.put(PK, s(pk));
		key.put(SK, s(sk));
		return key;
	}

	public static String str(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		if (value == null || value.s() == null) {
			throw new IllegalStateException("Item " + item.get(PK) + " lacks string attribute " + name);
		}
		return value.s();
	}

	public static @Nullable String optStr(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null ? null : value.s();
	}

	public static long num(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
	}

	/** False when absent. */
	public static boolean flag(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value != null && Boolean.TRUE.equals(value.bool());
	}

	public static Instant instant(Map<String, AttributeValue> item, String name) {
		return Instant.parse(str(item, name));
	}

	public static @Nullable Instant optInstant(Map<String, AttributeValue> item, String name) {
		String value = optStr(item, name);
		return value == null ? null : Instant.parse(value);
	}

	/** Sort key of a time-ordered partition: time first, the id breaks ties. */
	public static String timeKey(Instant at, String id) {
		return Timestamps.format(at) + "#" + id;
	}

}
