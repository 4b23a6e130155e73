package dev.stratus.infra;

import java.util.List;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Every Stratus stack in one app, checked by cdk-nag's AWS Solutions rules. Environment-agnostic: account and
 * region come from the deploying credentials, so the templates synthesize offline.
 */
public record Stacks(DataStack data, IdentityStack identity, ApiStack api, WorkflowsStack workflows,
		ConsoleStack console, MonitoringStack monitoring) {

	public static Stacks build(App app, InfraSettings settings) {
		Declarations declarations = settings.declarations();
		DataStack data = new DataStack(app, "StratusData", props("Tables, queues with dead-letter queues, buckets, "
				+ "the notifications topic"), declarations, settings);
		IdentityStack identity = new IdentityStack(app, "StratusIdentity", props("The Cognito user pool"));
		ApiStack api = new ApiStack(app, "StratusApi", props("The API, queue-worker and housekeeping functions, "
				+ "the HTTP API"), settings, data, identity);
		WorkflowsStack workflows = new WorkflowsStack(app, "StratusWorkflows", props("Step Functions workflows, "
				+ "their task functions, the event bus and the starter"), settings, data, identity);
		ConsoleStack console = new ConsoleStack(app, "StratusConsole", props("The web console on S3 and CloudFront"),
				settings, data, api);
		MonitoringStack monitoring = new MonitoringStack(app, "StratusMonitoring", props("Alarms and the dashboard"),
				settings, data, api, workflows);
		Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
		return new Stacks(data, identity, api, workflows, console, monitoring);
	}

	public List<Stack> all() {
		return List.of(data, identity, api, workflows, console, monitoring);
	}

	private static StackProps props(String description) {
		return StackProps.builder().description("Stratus: " + description).build();
	}

}
