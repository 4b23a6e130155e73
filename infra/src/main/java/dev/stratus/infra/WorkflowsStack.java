package dev.stratus.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventBusProps;
import software.amazon.awscdk.services.events.EventField;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleProps;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.events.targets.SfnStateMachineProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.PolicyStatementProps;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogGroupProps;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.sqs.QueueProps;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineProps;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * The app's workflows on Step Functions, as docs/DESIGN.md ("Workflows, On AWS") describes: each
 * {@code workflows/*.asl.json} as the state machine {@code stratus-<name>} with its placeholders filled, its task
 * functions ({@code WorkflowTaskHandler}, {@code STRATUS_WORKFLOW_TASK=<task>}), the bus {@code stratus} the
 * app's {@code workflows} job publishes starts to, one rule per workflow, and the Express starter that names each
 * execution after the app's execution id. A start EventBridge cannot deliver is retried, then dead-lettered.
 */
public final class WorkflowsStack extends Stack {

	static final String BUS = "stratus";

	static final String WORKFLOWS = "app/src/main/resources/workflows";

	static final String STARTER = "app/src/main/resources/dev/stratus/platform/workflow/start-execution.asl.json";

	/** The tables each task function reads and writes; a task missing here stops the synth. */
	static final Map<String, List<String>> TASK_TABLES = Map.of(
			"customer-validate", List.of("customers"),
			"customer-rejection", List.of("customers"));

	private final Map<String, StateMachine> workflows = new LinkedHashMap<>();

	private final StateMachine starter;

	private final Queue undeliveredStarts;

	WorkflowsStack(Construct scope, String id, StackProps props, InfraSettings settings, DataStack data,
			IdentityStack identity) {
		super(scope, id, props);
		AppFunctions functions = new AppFunctions(this, settings, data, identity);
		starter = traced(new StateMachine(this, "Starter", StateMachineProps.builder()
			.stateMachineName(Names.physical("workflow-starter"))
			.stateMachineType(StateMachineType.EXPRESS)
			.definitionBody(DefinitionBody.fromFile(settings.home().resolve(STARTER).toString()))
			.logs(logs("Starter"))
			.tracingEnabled(true)
			.build()));
		EventBus bus = new EventBus(this, "Bus", EventBusProps.builder().eventBusName(BUS).build());
		undeliveredStarts = new Queue(this, "UndeliveredStarts", QueueProps.builder()
			.queueName(Names.physical("workflow-starts-dlq"))
			.encryption(QueueEncryption.SQS_MANAGED)
			.enforceSsl(true)
			.retentionPeriod(Duration.days(14))
			.build());
		NagSuppressions.addResourceSuppressions(undeliveredStarts, List.of(Nag.suppression("SQS3", "This queue is "
				+ "itself the dead-letter queue of the workflow rules' targets (EventBridge dead-letters there), not "
				+ "a work queue that needs one")));
		Map<String, Alias> tasks = new HashMap<>();
		for (WorkflowDocument document : documents(settings.home().resolve(WORKFLOWS))) {
			Map<String, String> substitutions = new HashMap<>();
			for (String placeholder : document.functions()) {
				Alias task = tasks.computeIfAbsent(WorkflowDocument.resourceName(placeholder),
						name -> task(functions, data, name));
				substitutions.put(placeholder, task.getFunctionArn());
			}
			document.tables()
				.forEach(placeholder -> substitutions.put(placeholder,
						data.table(WorkflowDocument.resourceName(placeholder)).getTableName()));
			StateMachine workflow = workflow(document, substitutions);
			document.functions().forEach(placeholder -> tasks.get(WorkflowDocument.resourceName(placeholder))
				.grantInvoke(workflow));
			// Only the calls its states make, on the table itself: a state machine's DynamoDB tasks use no index.
			if (!document.dynamoActions().isEmpty()) {
				document.tables()
					.forEach(placeholder -> workflow.addToRolePolicy(new PolicyStatement(PolicyStatementProps.builder()
						.actions(List.copyOf(document.dynamoActions()))
						.resources(List.of(data.table(WorkflowDocument.resourceName(placeholder)).getTableArn()))
						.build())));
			}
			workflow.grantStartExecution(starter);
			workflows.put(document.name(), workflow);
			rule(bus, document.name(), workflow);
		}
	}

	Map<String, StateMachine> workflows() {
		return workflows;
	}

	StateMachine starter() {
		return starter;
	}

	Queue undeliveredStarts() {
		return undeliveredStarts;
	}

	private Alias task(AppFunctions functions, DataStack data, String name) {
		List<String> tables = TASK_TABLES.get(name);
		if (tables == null) {
			throw new IllegalStateException("the workflow task '" + name + "' has no entry in WorkflowsStack"
					+ ".TASK_TABLES: add the tables it touches");
		}
		Alias task = functions.create("task-" + name, "WorkflowTaskHandler", Map.of("STRATUS_WORKFLOW_TASK", name),
				Duration.seconds(30));
		tables.forEach(table -> data.table(table).grantReadWriteData(task));
		return task;
	}

	private StateMachine workflow(WorkflowDocument document, Map<String, String> substitutions) {
		return traced(new StateMachine(this, Names.pascal(document.name()) + "Workflow", StateMachineProps.builder()
			.stateMachineName(Names.physical(document.name()))
			.stateMachineType(StateMachineType.STANDARD)
			.definitionBody(DefinitionBody.fromFile(document.file().toString()))
			.definitionSubstitutions(substitutions)
			.logs(logs(Names.pascal(document.name())))
			.tracingEnabled(true)
			.build()));
	}

	private StateMachine traced(StateMachine machine) {
		Wildcards.justify(machine, Wildcards.UNSCOPABLE_ACTIONS);
		return machine;
	}

	/**
	 * The rule of docs/DESIGN.md: the app's start request for this workflow becomes the starter's input
	 * {@code {StateMachineArn, Name: detail.executionId, Input: detail.input}}.
	 */
	private void rule(EventBus bus, String workflow, StateMachine target) {
		new Rule(this, Names.pascal(workflow) + "Starts", RuleProps.builder()
			.ruleName(Names.physical(workflow) + "-starts")
			.eventBus(bus)
			.eventPattern(EventPattern.builder()
				.source(List.of("stratus.workflows"))
				.detailType(List.of("WorkflowStartRequested"))
				.detail(Map.of("workflow", List.of(workflow)))
				.build())
			.targets(List.of(new SfnStateMachine(starter, SfnStateMachineProps.builder()
				.input(RuleTargetInput.fromObject(Map.of("StateMachineArn", target.getStateMachineArn(), "Name",
						EventField.fromPath("$.detail.executionId"), "Input", EventField.fromPath("$.detail.input"))))
				.retryAttempts(185)
				.maxEventAge(Duration.hours(24))
				.deadLetterQueue(undeliveredStarts)
				.build())))
			.build());
	}

	private LogOptions logs(String id) {
		LogGroup group = new LogGroup(this, id + "Logs", LogGroupProps.builder()
			.logGroupName("/aws/vendedlogs/states/" + Names.physical(Names.kebab(id)))
			.retention(RetentionDays.THREE_MONTHS)
			.removalPolicy(RemovalPolicy.DESTROY)
			.build());
		return LogOptions.builder().destination(group).level(LogLevel.ALL).includeExecutionData(true).build();
	}

	private static List<WorkflowDocument> documents(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".asl.json"))
				.sorted()
				.map(WorkflowDocument::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
