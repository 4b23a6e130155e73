package dev.stratus.customers.internal;

import java.util.HashMap;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.platform.workflow.InvalidWorkflow;
import dev.stratus.platform.workflow.Workflows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped {@code customer-registration.asl.json} passes the engine's validation at declaration
 * (the app's startup does the same), and would not without its local resources. Declared here under
 * names of their own: the app has declared {@code customer-registration} already.
 */
@IntegrationTest
class RegistrationWorkflowTests {

	@Autowired
	Workflows workflows;

	@Autowired
	CustomerTable customers;

	@Test
	void declaresTheShippedDocument() {
		var workflow = workflows.declare(RegistrationWorkflow.NAME + "-check", RegistrationWorkflow.DOCUMENT,
				RegistrationWorkflow.substitutions(customers.name()));

		assertThat(workflow.document().path("StartAt").asString()).isEqualTo("Validate");
		assertThat(workflow.document().path("States").path("Validate").path("Resource").asString())
			.isEqualTo("${CustomerValidateFunction}");
	}

	@Test
	void refusesItWhenATaskResolvesToNoHandler() {
		Map<String, String> substitutions = new HashMap<>(RegistrationWorkflow.substitutions(customers.name()));
		substitutions.put("CustomerValidateFunction", Workflows.localFunctionArn("no-such-function"));

		assertThatThrownBy(() -> workflows.declare(RegistrationWorkflow.NAME + "-unresolved",
				RegistrationWorkflow.DOCUMENT, substitutions))
			.isInstanceOf(InvalidWorkflow.class)
			.hasMessageContaining("Validate");
	}

}
