package dev.stratus.platform.workflow;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.TableSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A test workflow for the integration tests, declared as a module would: its task, its table, and
 * the definition with its placeholders filled. A plain configuration, so every integration test
 * shares the one context.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowTestConfiguration {

	static final TableSpec TABLE = TableSpec.singleTable("workflow-test");

	/** How often the task ran, for the tests that tell a resumed step from a re-run one. */
	static final AtomicInteger DOUBLED = new AtomicInteger();

	@Bean
	TableSpec workflowTestTable() {
		return TABLE;
	}

	@Bean
	WorkflowTask doubleTask() {
		return new WorkflowTask() {

			@Override
			public String functionName() {
				return "workflow-test-double";
			}

			@Override
			public tools.jackson.databind.JsonNode run(tools.jackson.databind.JsonNode input) {
				DOUBLED.incrementAndGet();
				return JsonNodeFactory.instance.objectNode().put("n", input.path("n").asInt() * 2);
			}

		};
	}

	@Bean
	Workflow testRegistration(Workflows workflows, CloudResources resources) {
		return workflows.declare("test-registration", "workflows/test-registration.asl.json",
				Map.of("DoubleFunctionArn", Workflows.localFunctionArn("workflow-test-double"), "Table",
						resources.tableName(TABLE)));
	}

}
