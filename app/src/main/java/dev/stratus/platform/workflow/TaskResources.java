package dev.stratus.platform.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves a Task state's {@code Resource} to what runs it locally: a Lambda function ARN (or
 * {@code arn:aws:states:::lambda:invoke} with its {@code FunctionName}) to the {@link WorkflowTask}
 * bean of that name, and {@code arn:aws:states:::dynamodb:putItem} (also {@code getItem},
 * {@code deleteItem}, {@code updateItem}) to the app's DynamoDB client.
 */
final class TaskResources {

	private static final Pattern FUNCTION = Pattern
		.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:([A-Za-z0-9_-]+)(:[A-Za-z0-9_$-]+)?");

	private static final Pattern INTEGRATION = Pattern.compile("arn:aws[a-z-]*:states:::([a-z]+):([A-Za-z.]+)");

	private final Map<String, WorkflowTask> tasks;

	private final DynamoDbClient dynamo;

	TaskResources(List<WorkflowTask> tasks, DynamoDbClient dynamo) {
		this.tasks = tasks.stream().collect(Collectors.toMap(WorkflowTask::functionName, Function.identity()));
		this.dynamo = dynamo;
	}

	/** @return the runner, or a problem saying why nothing runs this resource */
	Resolution resolve(String resource, @Nullable JsonNode parameters) {
		Matcher function = FUNCTION.matcher(resource);
		if (function.matches()) {
			WorkflowTask task = tasks.get(function.group(1));
			return task == null ? problem("names function " + function.group(1) + ", which no WorkflowTask bean is")
					: new Resolution(input -> invoke(task, input), null);
		}
		Matcher integration = INTEGRATION.matcher(resource);
		if (!integration.matches()) {
			return problem("is neither a Lambda function ARN nor a supported service integration: " + resource);
		}
		String service = integration.group(1);
		String action = integration.group(2);
		if ("lambda".equals(service) && "invoke".equals(action)) {
			return lambdaInvoke(parameters);
		}
		if ("dynamodb".equals(service) && DynamoDbResource.ACTIONS.contains(action)) {
			if (parameters == null || !parameters.has("TableName") && !parameters.has("TableName.$")) {
				return problem("needs Parameters with a TableName");
			}
			return new Resolution(new DynamoDbResource(dynamo, action), null);
		}
		return problem("is a service integration the local engine does not run: " + resource);
	}

	private Resolution lambdaInvoke(@Nullable JsonNode parameters) {
		JsonNode named = parameters == null ? null : parameters.get("FunctionName");
		if (parameters != null && parameters.has("FunctionName.$")) {
			// Named at run time: resolved then.
			return new Resolution(input -> lambdaEnvelope(
					invoke(taskNamed(input.path("FunctionName").asString("")), input.path("Payload"))), null);
		}
		if (named == null || !named.isString()) {
			return problem("lambda:invoke needs Parameters.FunctionName");
		}
		String name = functionName(named.asString());
		if (!tasks.containsKey(name)) {
			return problem("names function " + name + ", which no WorkflowTask bean is");
		}
		return new Resolution(input -> lambdaEnvelope(invoke(tasks.get(name), input.path("Payload"))), null);
	}

	private WorkflowTask taskNamed(String functionName) {
		WorkflowTask task = tasks.get(functionName(functionName));
		if (task == null) {
			throw new StateFailure("Lambda.ResourceNotFoundException", "Function not found: " + functionName);
		}
		return task;
	}

	private JsonNode lambdaEnvelope(JsonNode payload) {
		ObjectNode envelope = JsonNodeFactory.instance.objectNode();
		envelope.put("ExecutedVersion", "$LATEST");
		envelope.set("Payload", payload);
		envelope.put("StatusCode", 200);
		return envelope;
	}

	/** A name, or a function ARN with or without a qualifier. */
	private static String functionName(String nameOrArn) {
		Matcher arn = FUNCTION.matcher(nameOrArn);
		return arn.matches() ? arn.group(1) : nameOrArn;
	}

	private static JsonNode invoke(WorkflowTask task, JsonNode input) {
		try {
			return task.run(input.isMissingNode() ? JsonNodeFactory.instance.objectNode() : input);
		}
		catch (TaskFailure failure) {
			throw new StateFailure(failure.error(), failure.cause());
		}
	}

	private static Resolution problem(String problem) {
		return new Resolution(null, problem);
	}

	/** Exactly one of the two is set. */
	record Resolution(@Nullable TaskResource resource, @Nullable String problem) {
	}

}
