package dev.stratus.platform.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.stratus.platform.jobs.JobPipeline;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a module declares its workflows: an Amazon States Language document in the repository, read,
 * substituted, parsed and validated once, in the module's {@code @Bean} method, so that an invalid
 * one stops the app from starting.
 *
 * <pre>
 * &#64;Bean
 * Workflow customerRegistration(Workflows workflows, CloudResources resources) {
 * 	return workflows.declare("customer-registration", "workflows/customer-registration.asl.json",
 * 			Map.of("ValidateFunctionArn", Workflows.localFunctionArn("customer-validate"),
 * 					"CustomersTable", resources.tableName(CUSTOMERS)));
 * }
 * </pre>
 */
@Component
public class Workflows {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

	private final WorkflowRegistry registry;

	private final ObjectProvider<WorkflowTask> tasks;

	private final DynamoDbClient dynamo;

	private final DynamoExecutionStore store;

	private final JobPipeline<ExecutionRef> pipeline;

	private final ExecutionBackend backend;

	private final Clock clock;

	Workflows(WorkflowRegistry registry, ObjectProvider<WorkflowTask> tasks, DynamoDbClient dynamo,
			DynamoExecutionStore store, JobPipeline<ExecutionRef> pipeline, ExecutionBackend backend, Clock clock) {
		this.registry = registry;
		this.tasks = tasks;
		this.dynamo = dynamo;
		this.store = store;
		this.pipeline = pipeline;
		this.backend = backend;
		this.clock = clock;
	}

	/**
	 * The ARN that names a {@link WorkflowTask} locally, for the substitutions: shaped as on AWS, in
	 * the local account {@code 000000000000}.
	 */
	public static String localFunctionArn(String functionName) {
		return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
	}

	/**
	 * Reads, substitutes, parses and validates a workflow, and makes it runnable.
	 * @param name the workflow's name, unique in the app, as in {@code customer-registration}
	 * @param classpathResource the ASL JSON document, as in {@code workflows/customer-registration.asl.json}
	 * @param substitutions values for its {@code ${Key}} placeholders, as CDK's
	 * {@code definitionSubstitutions} fills them on AWS
	 * @throws InvalidWorkflow listing every problem, a placeholder without a value among them
	 * @throws IllegalStateException when the resource cannot be read or the name is taken
	 */
	public Workflow declare(String name, String classpathResource, Map<String, String> substitutions) {
		JsonNode document = read(name, classpathResource);
		List<String> missing = new ArrayList<>();
		JsonNode substituted = substitute(document, "$", substitutions, missing);
		if (!missing.isEmpty()) {
			throw new InvalidWorkflow(name, missing);
		}
		Definition definition = DefinitionParser.parse(name, substituted,
				new TaskResources(tasks.orderedStream().toList(), dynamo));
		registry.add(name, definition);
		return new Workflow(name, document, definition, store, pipeline, backend, clock);
	}

	private static JsonNode read(String name, String classpathResource) {
		try (InputStream in = new ClassPathResource(classpathResource).getInputStream()) {
			return JsonPaths.JSON.readTree(in);
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException("Workflow " + name + ": cannot read " + classpathResource + ": "
					+ ex.getMessage(), ex);
		}
	}

	/** Every string value with its placeholders filled; those without a value are listed in {@code missing}. */
	static JsonNode substitute(JsonNode node, String at, Map<String, String> values, List<String> missing) {
		if (node.isString()) {
			Matcher matcher = PLACEHOLDER.matcher(node.asString());
			StringBuilder filled = new StringBuilder();
			while (matcher.find()) {
				String value = values.get(matcher.group(1));
				if (value == null) {
					missing.add(at + ": placeholder ${" + matcher.group(1) + "} has no substitution");
					value = matcher.group();
				}
				matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
			}
			return JsonNodeFactory.instance.stringNode(matcher.appendTail(filled).toString());
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			for (int i = 0; i < array.size(); i++) {
				copy.add(substitute(array.get(i), at + "[" + i + "]", values, missing));
			}
			return copy;
		}
		if (node instanceof ObjectNode object) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			object.properties()
				.forEach(field -> copy.set(field.getKey(),
						substitute(field.getValue(), Problems.child(at, field.getKey()), values, missing)));
			return copy;
		}
		return node;
	}

}
