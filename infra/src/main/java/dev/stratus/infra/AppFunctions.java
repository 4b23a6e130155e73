package dev.stratus.infra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.AliasProps;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionProps;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogGroupProps;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * The app's Lambda functions: every one is the same package ({@code app/target/stratus-lambda.zip}) on Java 17
 * with SnapStart on published versions, reached through its {@code live} alias (SnapStart restores only
 * published versions), with {@code STRATUS_MODE=aws}, {@code STRATUS_RUNTIME=lambda} and the app's AWS settings.
 * Only the handler and what it may touch differ.
 */
final class AppFunctions {

	static final String HANDLERS = "dev.stratus.platform.lambda.";

	static final String ALIAS = "live";

	private final Stack scope;

	private final Code code;

	private final Map<String, String> environment;

	AppFunctions(Stack scope, InfraSettings settings, DataStack data, IdentityStack identity) {
		this.scope = scope;
		this.code = Code.fromAsset(settings.lambdaCode().toString());
		this.environment = sharedSettings(scope, data, identity, settings);
		this.environment.put("STRATUS_MODE", "aws");
		this.environment.put("STRATUS_RUNTIME", "lambda");
	}

	/**
	 * The settings every function reads (README, "AWS mode"): the user pool and its client, the notifications
	 * topic, the workflows' bus and state machines, the orders queue's visibility as deployed, and the console's
	 * address when the context names it.
	 */
	private static Map<String, String> sharedSettings(Stack stack, DataStack data, IdentityStack identity,
			InfraSettings settings) {
		Map<String, String> shared = new HashMap<>();
		shared.put("STRATUS_COGNITO_USER_POOL_ID", identity.users().getUserPoolId());
		shared.put("STRATUS_COGNITO_CLIENT_ID", identity.client().getUserPoolClientId());
		shared.put("STRATUS_NOTIFICATIONS_TOPIC_ARN", data.notifications().getTopicArn());
		shared.put("STRATUS_WORKFLOWS_EVENT_BUS", WorkflowsStack.BUS);
		shared.put("STRATUS_WORKFLOWS_STATE_MACHINE_ARN_PREFIX", Permissions.stateMachinePrefix(stack));
		if (data.queues().containsKey("orders")) {
			shared.put("STRATUS_ORDERS_VISIBILITY_TIMEOUT", Integer.toString(data.visibilitySeconds("orders")));
		}
		settings.consoleOrigin().ifPresent(origin -> shared.put("STRATUS_CONSOLE_URL", origin));
		return shared;
	}

	/**
	 * A function named {@code stratus-<name>} running {@code dev.stratus.platform.lambda.<handler>::handleRequest}.
	 *
	 * @param settings what this function reads beyond the shared settings ({@code STRATUS_JOB}, say)
	 */
	Alias create(String name, String handler, Map<String, String> settings, Duration timeout) {
		String id = Names.pascal(name);
		Map<String, String> variables = new HashMap<>(environment);
		variables.putAll(settings);
		LogGroup logs = new LogGroup(scope, id + "Logs", LogGroupProps.builder()
			.logGroupName("/aws/lambda/" + Names.physical(name))
			.retention(RetentionDays.ONE_MONTH)
			.removalPolicy(RemovalPolicy.DESTROY)
			.build());
		Function function = new Function(scope, id + "Function", FunctionProps.builder()
			.functionName(Names.physical(name))
			.runtime(Runtime.JAVA_17)
			.handler(HANDLERS + handler + "::handleRequest")
			.code(code)
			.memorySize(2048)
			.timeout(timeout)
			.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
			.logGroup(logs)
			.environment(variables)
			.build());
		NagSuppressions.addResourceSuppressions(function, List.of(
				Nag.suppression("L1", "The app is built for Java 17 (the build's java.version); a newer runtime "
						+ "would run code compiled and tested for 17 on a JVM it was never tested on"),
				NagPackSuppression.builder()
					.id("AwsSolutions-IAM4")
					.reason("AWSLambdaBasicExecutionRole only lets the function write its own log streams; every "
							+ "grant on data is a policy of its own, scoped to the resources the function touches")
					.appliesTo(List.of(
							"Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"))
					.build()), true);
		Permissions.secrets(function::addToRolePolicy, scope);
		Wildcards.justify(function, Wildcards.TABLE_INDEXES, Wildcards.BUCKET_OBJECTS, Wildcards.S3_ACTION_GROUPS,
				Wildcards.SECRETS);
		return new Alias(scope, id + "Live", AliasProps.builder()
			.aliasName(ALIAS)
			.version(function.getCurrentVersion())
			.build());
	}

}
