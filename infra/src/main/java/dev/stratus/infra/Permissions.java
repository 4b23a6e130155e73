package dev.stratus.infra;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.IUserPool;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.PolicyStatementProps;

/**
 * The grants that are not on a declared table, queue or bucket: each names the API calls the app makes (found in
 * its adapters) on the narrowest resources it can name.
 */
final class Permissions {

	/** The state machines' ARN prefix: the app reads and starts only Stratus's own ({@code stratus-<workflow>}). */
	static String stateMachinePrefix(Stack stack) {
		return arn(stack, "states", "stateMachine", Names.PREFIX, ArnFormat.COLON_RESOURCE_NAME);
	}

	private Permissions() {
	}

	/** The identity module's admin calls on the user pool (the public sign-in calls need no IAM grant). */
	static void cognitoAdministration(IGrantable function, IUserPool users) {
		users.grant(function, "cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminCreateUser",
				"cognito-idp:AdminDisableUser", "cognito-idp:AdminEnableUser", "cognito-idp:AdminGetUser",
				"cognito-idp:AdminListGroupsForUser", "cognito-idp:AdminRemoveUserFromGroup",
				"cognito-idp:AdminSetUserPassword", "cognito-idp:AdminUserGlobalSignOut", "cognito-idp:ListUsers",
				"cognito-idp:ListUsersInGroup");
	}

	/** The workflow reads of the API ({@code StepFunctionsExecutions}): executions of Stratus's state machines. */
	static void executionReads(Consumer<PolicyStatement> function, Stack stack) {
		allow(function, List.of("states:DescribeExecution", "states:GetExecutionHistory"),
				arn(stack, "states", "execution", Names.PREFIX + "*", ArnFormat.COLON_RESOURCE_NAME));
		allow(function, List.of("states:ListExecutions"), stateMachinePrefix(stack) + "*");
	}

	/** The workflows job's delivery ({@code EventBusStarts}): PutEvents on the app's bus only. */
	static void workflowStarts(Consumer<PolicyStatement> function, Stack stack) {
		allow(function, List.of("events:PutEvents"),
				arn(stack, "events", "event-bus", WorkflowsStack.BUS, ArnFormat.SLASH_RESOURCE_NAME));
	}

	/**
	 * The fleet console: EC2 and CloudWatch have no resource-level permissions for their reads, so these are on
	 * {@code *}; the actions are the four the console makes, and start, stop and reboot only on instances.
	 */
	static void fleet(Consumer<PolicyStatement> function, Stack stack) {
		allow(function, List.of("ec2:DescribeInstances", "cloudwatch:GetMetricData"), "*");
		allow(function, List.of("ec2:RebootInstances", "ec2:StartInstances", "ec2:StopInstances"),
				"arn:" + stack.getPartition() + ":ec2:*:" + stack.getAccount() + ":instance/*");
	}

	/**
	 * The app's own CloudWatch figures ({@code platform/cloud/StratusMetrics}): PutMetricData has no resource, so the
	 * grant is limited to the {@code Stratus} namespace by its condition key.
	 */
	static void metrics(Consumer<PolicyStatement> function) {
		function.accept(new PolicyStatement(PolicyStatementProps.builder()
			.actions(List.of("cloudwatch:PutMetricData"))
			.resources(List.of("*"))
			.conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", MonitoringStack.NAMESPACE)))
			.build()));
	}

	/** The project assistant: the Converse API on foundation models. */
	static void assistant(Consumer<PolicyStatement> function, Stack stack) {
		allow(function, List.of("bedrock:InvokeModel"),
				"arn:" + stack.getPartition() + ":bedrock:*::foundation-model/*");
	}

	/**
	 * {@code STRATUS_SECRET_*} from Secrets Manager: only secrets under {@code stratus/}. The app makes a missing one
	 * on first use ({@code SecretsManagerSource}), so a fresh deployment needs no secret set by hand.
	 */
	static void secrets(Consumer<PolicyStatement> function, Stack stack) {
		allow(function, List.of("secretsmanager:GetSecretValue", "secretsmanager:CreateSecret"),
				arn(stack, "secretsmanager", "secret", "stratus/*", ArnFormat.COLON_RESOURCE_NAME));
	}

	/** @param policy where the statement goes: a role's default policy, or a policy of its own */
	private static void allow(Consumer<PolicyStatement> policy, List<String> actions, String resource) {
		policy.accept(new PolicyStatement(PolicyStatementProps.builder()
			.actions(actions)
			.resources(List.of(resource))
			.build()));
	}

	private static String arn(Stack stack, String service, String resource, String name, ArnFormat format) {
		return stack.formatArn(ArnComponents.builder()
			.service(service)
			.resource(resource)
			.resourceName(name)
			.arnFormat(format)
			.build());
	}

}
