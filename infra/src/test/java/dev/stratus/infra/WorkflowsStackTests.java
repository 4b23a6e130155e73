package dev.stratus.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;

/** The workflows run on Step Functions the way docs/DESIGN.md ("Workflows, On AWS") says. */
class WorkflowsStackTests {

	private final Synthesized synthesized = Synthesized.stacks();

	private final Template template = Synthesized.template(synthesized.stacks.workflows());

	@Test
	void declaresTheRegistrationWorkflowWithEveryPlaceholderFilled() {
		template.hasResourceProperties("AWS::StepFunctions::StateMachine", Match.objectLike(Map.of(
				"StateMachineName", "stratus-customer-registration",
				"StateMachineType", "STANDARD",
				"DefinitionSubstitutions", Map.of(
						"CustomerValidateFunction", Match.anyValue(),
						"CustomerRejectionFunction", Match.anyValue(),
						"CustomersTable", Match.anyValue()),
				"TracingConfiguration", Map.of("Enabled", true),
				"LoggingConfiguration", Match.objectLike(Map.of("Level", "ALL")))));
		for (String task : WorkflowsStack.TASK_TABLES.keySet()) {
			template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
					"FunctionName", "stratus-task-" + task,
					"Handler", "dev.stratus.platform.lambda.WorkflowTaskHandler::handleRequest",
					"SnapStart", Map.of("ApplyOn", "PublishedVersions"),
					"Environment", Map.of("Variables", Match.objectLike(Map.of("STRATUS_WORKFLOW_TASK", task))))));
		}
	}

	@Test
	void namesTheTasksOfEachDocumentInItsPlaceholders() {
		WorkflowDocument document = WorkflowDocument.read(synthesized.home.resolve(WorkflowsStack.WORKFLOWS)
			.resolve("customer-registration.asl.json"));
		assertThat(document.functions()).containsExactlyInAnyOrder("CustomerValidateFunction",
				"CustomerRejectionFunction");
		assertThat(document.functions()).map(WorkflowDocument::resourceName)
			.containsExactlyInAnyOrder("customer-validate", "customer-rejection");
		assertThat(document.tables()).map(WorkflowDocument::resourceName).containsExactly("customers");
		assertThat(document.dynamoActions()).containsExactly("dynamodb:PutItem");
	}

	@Test
	void startsWorkflowsThroughTheExpressStarterFromTheAppsBus() {
		template.hasResourceProperties("AWS::Events::EventBus", Map.of("Name", WorkflowsStack.BUS));
		template.hasResourceProperties("AWS::StepFunctions::StateMachine", Match.objectLike(Map.of(
				"StateMachineName", "stratus-workflow-starter",
				"StateMachineType", "EXPRESS")));
		template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
				"EventBusName", Match.anyValue(),
				"EventPattern", Map.of(
						"source", List.of("stratus.workflows"),
						"detail-type", List.of("WorkflowStartRequested"),
						"detail", Map.of("workflow", List.of("customer-registration"))),
				"Targets", List.of(Match.objectLike(Map.of(
						"InputTransformer", Match.objectLike(Map.of(
								"InputPathsMap", Map.of("detail-executionId", "$.detail.executionId",
										"detail-input", "$.detail.input"))),
						"RetryPolicy", Map.of("MaximumEventAgeInSeconds", 86400, "MaximumRetryAttempts", 185),
						"DeadLetterConfig", Map.of("Arn", Match.anyValue())))))));
	}

	@Test
	void letsTheWorkflowPutItemsOnlyInItsTable() {
		template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument",
				Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
						"Action", "dynamodb:PutItem",
						"Resource", Map.of("Fn::ImportValue", Match.stringLikeRegexp("CustomersTable")))))))))));
	}

}
