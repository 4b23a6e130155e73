package dev.stratus.customers.internal;

import java.util.Map;

import dev.stratus.platform.workflow.Workflows;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code customer-registration} workflow, declared from the repository's ASL document with the
 * local resources filled in (on AWS the deployment fills the same placeholders with the Lambda
 * functions and the table). Declaring validates it: an invalid document stops the app at startup.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationWorkflow {

	static final String NAME = "customer-registration";

	static final String DOCUMENT = "workflows/customer-registration.asl.json";

	@Bean
	Registrations registrations(Workflows workflows, CustomerTable customers) {
		return new Registrations(workflows.declare(NAME, DOCUMENT, substitutions(customers.name())));
	}

	static Map<String, String> substitutions(String table) {
		return Map.of("CustomerValidateFunction", Workflows.localFunctionArn(ValidateCustomer.FUNCTION),
				"CustomerRejectionFunction", Workflows.localFunctionArn(LogRejection.FUNCTION), "CustomersTable",
				table);
	}

}
