package dev.stratus.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleProps;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyProps;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The app's compute: the API function behind the HTTP API ({@link HttpApiRoutes}), one queue worker per declared
 * queue ({@code QueueHandler}, {@code STRATUS_JOB=<queue>}, partial batch failures reported), and the housekeeping
 * function EventBridge runs every minute (outbox relays and sweeps).
 */
public final class ApiStack extends Stack {

	private final Alias api;

	private final Map<String, Alias> workers = new LinkedHashMap<>();

	private final Alias housekeeping;

	private final HttpApiRoutes http;

	ApiStack(Construct scope, String id, StackProps props, InfraSettings settings, DataStack data,
			IdentityStack identity) {
		super(scope, id, props);
		AppFunctions functions = new AppFunctions(this, settings, data, identity);
		api = functions.create("api", "ApiHandler", Map.of(), Duration.seconds(29));
		grantApi(data, identity);
		data.queues().forEach((name, queue) -> workers.put(name, worker(functions, data, name, queue)));
		housekeeping = functions.create("housekeeping", "HousekeepingHandler", Map.of(), Duration.seconds(50));
		grantHousekeeping(data);
		new Rule(this, "HousekeepingSchedule", RuleProps.builder()
			.ruleName(Names.physical("housekeeping"))
			.description("One pass of the outbox relays and sweeps")
			.schedule(Schedule.rate(Duration.minutes(1)))
			.targets(List.of(new LambdaFunction(housekeeping)))
			.build());
		http = new HttpApiRoutes(this, api, identity);
		new CfnOutput(this, "ApiUrl", CfnOutputProps.builder()
			.value(http.api().getApiEndpoint())
			.description("The HTTP API's endpoint (the console reaches it through CloudFront under /api)")
			.build());
	}

	Alias api() {
		return api;
	}

	Map<String, Alias> workers() {
		return workers;
	}

	Alias housekeeping() {
		return housekeeping;
	}

	HttpApiRoutes http() {
		return http;
	}

	/** Every table and bucket, the queues' sends and redrives, and the services behind the API's modules. */
	private void grantApi(DataStack data, IdentityStack identity) {
		data.tables().values().forEach(table -> table.grantReadWriteData(api));
		data.buckets().values().forEach(bucket -> bucket.grantReadWrite(api));
		data.queues().values().forEach(queue -> grantSendAndRedrive(queue, api));
		data.notifications().grantPublish(api);
		Permissions.cognitoAdministration(api, identity.users());
		// A policy of its own, so that its wildcards' reasons sit on it and nowhere else.
		Policy services = new Policy(this, "ApiServices", PolicyProps.builder()
			.policyName(Names.physical("api-services"))
			.roles(List.of(api.getRole()))
			.build());
		Permissions.executionReads(services::addStatements, this);
		Permissions.fleet(services::addStatements, this);
		Permissions.assistant(services::addStatements, this);
		Permissions.metrics(services::addStatements);
		Wildcards.justify(services, Wildcards.EXECUTIONS, Wildcards.FLEET_INSTANCES, Wildcards.UNSCOPABLE_ACTIONS,
				Wildcards.FOUNDATION_MODELS);
	}

	/** The relays and sweeps: outboxes in every table, sends to every queue, dead letters recorded and alerted. */
	private void grantHousekeeping(DataStack data) {
		data.tables().values().forEach(table -> table.grantReadWriteData(housekeeping));
		data.queues().values().forEach(queue -> grantSendAndRedrive(queue, housekeeping));
		data.notifications().grantPublish(housekeeping);
	}

	private Alias worker(AppFunctions functions, DataStack data, String name, Queue queue) {
		Alias worker = functions.create("job-" + name, "QueueHandler", Map.of("STRATUS_JOB", name),
				QueuesWithDeadLetters.WORKER_TIMEOUT);
		worker.addEventSource(new SqsEventSource(queue, SqsEventSourceProps.builder()
			.batchSize(10)
			.maxBatchingWindow(Duration.seconds(1))
			.reportBatchItemFailures(true)
			.build()));
		JobAccess access = JobAccess.of(name);
		access.tables().forEach(table -> data.table(table).grantReadWriteData(worker));
		access.buckets().forEach(bucket -> data.bucket(bucket).grantReadWrite(worker));
		data.table("identity").grantReadData(worker);
		data.notifications().grantPublish(worker);
		if (access.startsWorkflows()) {
			Permissions.workflowStarts(worker::addToRolePolicy, this);
		}
		return worker;
	}

	private static void grantSendAndRedrive(Queue queue, Alias function) {
		queue.grantSendMessages(function);
		queue.getDeadLetterQueue().getQueue().grantConsumeMessages(function);
	}

}
