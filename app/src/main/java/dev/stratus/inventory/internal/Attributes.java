package dev.stratus.inventory.internal;

import java.time.Instant;
import java.util.Map;

import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reading and writing DynamoDB attribute values without the noise. */
final class Attributes {

	static final String PK = "PK";

	static final String SK = "SK";

	private Attributes() {
	}

	static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	static AttributeValue time(Instant value) {
		return AttributeValue.fromS(Timestamps.format(value));
	}

	static AttributeValue bool(boolean value) {
		return AttributeValue.fromBool(value);
	}

	static Map<String, AttributeValue> key(String pk, String sk) {
		return Map.of(PK, s(pk), SK, s(sk));
	}

	static String str(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		if (value == null || value.s() == null) {
			throw new IllegalStateException("Item " + item.get(PK) + " lacks string attribute " + name);
		}
		return value.s();
	}

	static @Nullable String optStr(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null ? null : value.s();
	}

	static long num(Map<String, AttributeValue> item, String name) {
		AttributeValue value = item.get(name);
		return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
	}

	static Instant instant(Map<String, AttributeValue> item, String name) {
		return Instant.parse(str(item, name));
	}

	static @Nullable Instant optInstant(Map<String, AttributeValue> item, String name) {
		String value = optStr(item, name);
		return value == null ? null : Instant.parse(value);
	}

	/** Sort key of a time-ordered partition: time first, the id breaks ties. */
	static String timeKey(Instant at, String id) {
		return Timestamps.format(at) + "#" + id;
	}

}
