package dev.stratus.customers.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.workflow.ExecutionError;
import dev.stratus.platform.workflow.WorkflowTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * The workflow's {@code LogRejection} step ({@code customer-rejection}): stores the rejection with
 * its reason ({@code REJECTION#<executionId>}, written once, so a re-run step changes nothing) and
 * logs it. A rule's reason arrives as {@code {"error", "cause"}}, a caught failure as
 * {@code {"Error", "Cause"}} (on AWS a Lambda's cause is the runtime's error document, of which only the message
 * is kept); either way it answers {@code {"error", "cause"}} for the {@code Fail} state.
 */
@Component
class LogRejection implements WorkflowTask {

	static final String FUNCTION = "customer-rejection";

	private static final Logger log = LoggerFactory.getLogger(LogRejection.class);

	private final DynamoDbClient dynamo;

	private final CustomerTable customers;

	private final Clock clock;

	LogRejection(DynamoDbClient dynamo, CustomerTable customers, Clock clock) {
		this.dynamo = dynamo;
		this.customers = customers;
		this.clock = clock;
	}

	@Override
	public String functionName() {
		return FUNCTION;
	}

	/** @param input {@code {"executionId", "customer", "rejection"}} */
	@Override
	public JsonNode run(JsonNode input) {
		String executionId = input.path("executionId").asString();
		JsonNode customerId = input.path("customer").path("id");
		Rejection rejection = reason(input.path("rejection"));
		Map<String, AttributeValue> item = new HashMap<>(Attributes.key("REJECTION#" + executionId, "REJECTION"));
		item.put("entityType", s("REJECTION"));
		item.put("executionId", s(executionId));
		item.put("customerId", s(customerId.isString() ? customerId.asString() : customerId.toString()));
		item.put("error", s(rejection.error()));
		item.put("cause", s(rejection.cause()));
		item.put("rejectedAt", time(clock.instant()));
		try {
			dynamo.putItem(
					b -> b.tableName(customers.name()).item(item).conditionExpression("attribute_not_exists(PK)"));
		}
		catch (ConditionalCheckFailedException alreadyStored) {
			// This step ran before (a retry, or a resumed execution): the first record stands.
		}
		log.atInfo()
			.addKeyValue("executionId", executionId)
			.addKeyValue("customerId", item.get("customerId").s())
			.addKeyValue("error", rejection.error())
			.addKeyValue("cause", rejection.cause())
			.log("Customer registration rejected");
		return JsonNodeFactory.instance.objectNode().put("error", rejection.error()).put("cause", rejection.cause());
	}

	static Rejection reason(JsonNode rejection) {
		String error = first(rejection, "error", "Error", "States.TaskFailed");
		String cause = ExecutionError.causeText(first(rejection, "cause", "Cause", ""));
		return new Rejection(error, cause);
	}

	private static String first(JsonNode node, String name, String otherName, String otherwise) {
		JsonNode value = node.path(name).isString() ? node.path(name) : node.path(otherName);
		return value.isString() ? value.asString() : otherwise;
	}

}
