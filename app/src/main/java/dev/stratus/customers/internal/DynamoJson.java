package dev.stratus.customers.internal;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An item in DynamoDB JSON ({@code {"S": "…"}}, {@code {"M": {…}}}), the form a Step Functions
 * {@code dynamodb:putItem} takes its {@code Item} in.
 */
final class DynamoJson {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private DynamoJson() {
	}

	static ObjectNode of(Map<String, AttributeValue> item) {
		ObjectNode json = NODES.objectNode();
		item.forEach((name, value) -> json.set(name, of(value)));
		return json;
	}

	private static JsonNode of(AttributeValue value) {
		ObjectNode json = NODES.objectNode();
		if (value.s() != null) {
			json.put("S", value.s());
		}
		else if (value.n() != null) {
			json.put("N", value.n());
		}
		else if (value.bool() != null) {
			json.put("BOOL", value.bool());
		}
		else if (value.hasM()) {
			json.set("M", of(value.m()));
		}
		else if (value.hasL()) {
			json.set("L", NODES.arrayNode().addAll(value.l().stream().map(DynamoJson::of).toList()));
		}
		else {
			json.put("NULL", true);
		}
		return json;
	}

}
