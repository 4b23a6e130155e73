package dev.stratus.platform.workflow;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * DynamoDB JSON, as a state's {@code Parameters} write it ({@code {"S": "…"}}, {@code N}, {@code B},
 * {@code BOOL}, {@code NULL}, {@code M}, {@code L}, {@code SS}, {@code NS}, {@code BS}), to and from
 * the SDK's attribute values.
 */
final class DynamoJson {

	private DynamoJson() {
	}

	/** @throws IllegalArgumentException for anything but an object of attribute values */
	static Map<String, AttributeValue> item(JsonNode item) {
		if (!item.isObject()) {
			throw new IllegalArgumentException("An item must be an object of DynamoDB attribute values: " + item);
		}
		Map<String, AttributeValue> values = new LinkedHashMap<>();
		item.properties().forEach(entry -> values.put(entry.getKey(), value(entry.getValue())));
		return values;
	}

	static AttributeValue value(JsonNode typed) {
		if (!typed.isObject() || typed.size() != 1) {
			throw new IllegalArgumentException("A DynamoDB attribute value has exactly one type key: " + typed);
		}
		String type = typed.propertyNames().iterator().next();
		JsonNode v = typed.get(type);
		return switch (type) {
			case "S" -> AttributeValue.fromS(v.asString());
			case "N" -> AttributeValue.fromN(v.asString());
			case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(v.asString())));
			case "BOOL" -> AttributeValue.fromBool(v.asBoolean());
			case "NULL" -> AttributeValue.fromNul(true);
			case "M" -> AttributeValue.fromM(item(v));
			case "L" -> AttributeValue.fromL(list(v).stream().map(DynamoJson::value).toList());
			case "SS" -> AttributeValue.fromSs(list(v).stream().map(JsonNode::asString).toList());
			case "NS" -> AttributeValue.fromNs(list(v).stream().map(JsonNode::asString).toList());
			case "BS" -> AttributeValue.fromBs(list(v).stream()
				.map(b -> SdkBytes.fromByteArray(Base64.getDecoder().decode(b.asString())))
				.toList());
			default -> throw new IllegalArgumentException("Unknown DynamoDB attribute type " + type);
		};
	}

	static ObjectNode json(Map<String, AttributeValue> item) {
		ObjectNode object = JsonNodeFactory.instance.objectNode();
		item.forEach((name, value) -> object.set(name, json(value)));
		return object;
	}

	static ObjectNode json(AttributeValue value) {
		ObjectNode typed = JsonNodeFactory.instance.objectNode();
		switch (value.type()) {
			case S -> typed.put("S", value.s());
			case N -> typed.put("N", value.n());
			case B -> typed.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
			case BOOL -> typed.put("BOOL", value.bool());
			case NUL -> typed.put("NULL", true);
			case M -> typed.set("M", json(value.m()));
			case L -> {
				ArrayNode list = typed.putArray("L");
				value.l().forEach(element -> list.add(json(element)));
			}
			case SS -> value.ss().forEach(typed.putArray("SS")::add);
			case NS -> value.ns().forEach(typed.putArray("NS")::add);
			case BS -> {
				ArrayNode list = typed.putArray("BS");
				value.bs().forEach(b -> list.add(Base64.getEncoder().encodeToString(b.asByteArray())));
			}
			default -> throw new IllegalArgumentException("Unknown DynamoDB attribute value " + value);
		}
		return typed;
	}

	private static List<JsonNode> list(JsonNode array) {
		if (!array.isArray()) {
			throw new IllegalArgumentException("Expected an array: " + array);
		}
		List<JsonNode> elements = new ArrayList<>();
		array.forEach(elements::add);
		return elements;
	}

}
