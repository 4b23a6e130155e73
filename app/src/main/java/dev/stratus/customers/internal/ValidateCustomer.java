package dev.stratus.customers.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.stratus.customers.Customer;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.workflow.WorkflowTask;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The workflow's {@code Validate} step ({@code customer-validate}): the rules, then whether the id is
 * free. Answers {@code {"valid": true, "item": <the customer in DynamoDB JSON>}} for {@code Insert},
 * or {@code {"valid": false, "error", "cause"}}. It only reads, so running it again (a retry, or a
 * resumed execution) is harmless.
 */
@Component
class ValidateCustomer implements WorkflowTask {

	static final String FUNCTION = "customer-validate";

	private final CustomerTable customers;

	ValidateCustomer(CustomerTable customers) {
		this.customers = customers;
	}

	@Override
	public String functionName() {
		return FUNCTION;
	}

	/** @param input {@code {"executionId", "customer", "requestedBy": {"userId", "apiKeyId"?}, "requestedAt"}} */
	@Override
	public JsonNode run(JsonNode input) {
		JsonNode customer = input.path("customer");
		String executionId = input.path("executionId").asString();
		Optional<Rejection> broken = CustomerRules.broken(customer);
		if (broken.isPresent()) {
			return invalid(broken.get());
		}
		String id = customer.path("id").asString();
		// Its own item is no duplicate: the same execution may come back here after inserting it.
		boolean taken = customers.stored(id)
			.filter(item -> !executionId.equals(Attributes.optStr(item, "executionId")))
			.isPresent();
		if (taken) {
			return invalid(new Rejection("DUPLICATE_ENTRY", "A customer with id " + id + " exists"));
		}
		ObjectNode valid = JsonNodeFactory.instance.objectNode().put("valid", true);
		valid.set("item", DynamoJson.of(CustomerTable.item(customer(customer, input, executionId))));
		return valid;
	}

	private static Customer customer(JsonNode customer, JsonNode input, String executionId) {
		Map<String, String> attributes = new HashMap<>();
		customer.path("attributes")
			.properties()
			.forEach(entry -> attributes.put(entry.getKey(), entry.getValue().asString()));
		JsonNode requestedBy = input.path("requestedBy");
		return new Customer(customer.path("id").asString(), text(customer.path("name")), text(customer.path("email")),
				attributes, Instant.parse(input.path("requestedAt").asString()),
				requestedBy.path("userId").asString(), text(requestedBy.path("apiKeyId")), executionId);
	}

	private static @Nullable String text(JsonNode node) {
		return node.isString() ? node.asString() : null;
	}

	private static JsonNode invalid(Rejection rejection) {
		return JsonNodeFactory.instance.objectNode()
			.put("valid", false)
			.put("error", rejection.error())
			.put("cause", rejection.cause());
	}

}
