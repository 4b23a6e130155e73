package dev.stratus.platform.workflow;

import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DynamoDB service integration ({@code arn:aws:states:::dynamodb:putItem} and kin) run against
 * the app's client with the same {@code Parameters} as on AWS. Errors are named as Step Functions
 * names them ({@code DynamoDB.ConditionalCheckFailedException}); the output is Step Functions':
 * {@code Item} or {@code Attributes} when DynamoDB returned them, and the HTTP metadata.
 */
final class DynamoDbResource implements TaskResource {

	static final Set<String> ACTIONS = Set.of("putItem", "getItem", "deleteItem", "updateItem");

	private final DynamoDbClient dynamo;

	private final String action;

	DynamoDbResource(DynamoDbClient dynamo, String action) {
		this.dynamo = dynamo;
		this.action = action;
	}

	@Override
	public JsonNode invoke(JsonNode p) {
		String table = p.path("TableName").asString("");
		try {
			ObjectNode output = JsonNodeFactory.instance.objectNode();
			switch (action) {
				case "putItem" -> attributes(output, "Attributes", dynamo.putItem(b -> b.tableName(table)
					.item(DynamoJson.item(p.path("Item")))
					.conditionExpression(text(p, "ConditionExpression"))
					.expressionAttributeNames(names(p))
					.expressionAttributeValues(values(p))
					.returnValues(text(p, "ReturnValues"))).attributes());
				case "getItem" -> attributes(output, "Item", dynamo.getItem(b -> b.tableName(table)
					.key(DynamoJson.item(p.path("Key")))
					.consistentRead(p.path("ConsistentRead").asBoolean(false))
					.projectionExpression(text(p, "ProjectionExpression"))
					.expressionAttributeNames(names(p))).item());
				case "deleteItem" -> attributes(output, "Attributes", dynamo.deleteItem(b -> b.tableName(table)
					.key(DynamoJson.item(p.path("Key")))
					.conditionExpression(text(p, "ConditionExpression"))
					.expressionAttributeNames(names(p))
					.expressionAttributeValues(values(p))
					.returnValues(text(p, "ReturnValues"))).attributes());
				case "updateItem" -> attributes(output, "Attributes", dynamo.updateItem(b -> b.tableName(table)
					.key(DynamoJson.item(p.path("Key")))
					.updateExpression(text(p, "UpdateExpression"))
					.conditionExpression(text(p, "ConditionExpression"))
					.expressionAttributeNames(names(p))
					.expressionAttributeValues(values(p))
					.returnValues(text(p, "ReturnValues"))).attributes());
				default -> throw new IllegalStateException("Unsupported action " + action);
			}
			ObjectNode http = output.putObject("SdkHttpMetadata");
			http.put("HttpStatusCode", 200);
			return output;
		}
		catch (AwsServiceException ex) {
			String code = ex.awsErrorDetails() != null && ex.awsErrorDetails().errorCode() != null
					? ex.awsErrorDetails().errorCode() : ex.getClass().getSimpleName();
			throw new StateFailure("DynamoDB." + code, ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw new StateFailure("DynamoDB.ValidationException", ex.getMessage());
		}
	}

	private static void attributes(ObjectNode output, String field, Map<String, AttributeValue> item) {
		if (item != null && !item.isEmpty()) {
			output.set(field, DynamoJson.json(item));
		}
	}

	private static String text(JsonNode p, String field) {
		JsonNode value = p.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static Map<String, String> names(JsonNode p) {
		JsonNode names = p.get("ExpressionAttributeNames");
		if (names == null) {
			return null;
		}
		Map<String, String> map = new java.util.LinkedHashMap<>();
		names.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
		return map;
	}

	private static Map<String, AttributeValue> values(JsonNode p) {
		JsonNode values = p.get("ExpressionAttributeValues");
		return values == null ? null : DynamoJson.item(values);
	}

}
