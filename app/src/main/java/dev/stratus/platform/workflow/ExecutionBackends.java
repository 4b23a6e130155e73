package dev.stratus.platform.workflow;

import java.time.Clock;

import dev.stratus.platform.StratusProperties;
import dev.stratus.platform.web.PageTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Picks the {@link ExecutionBackend} by mode: locally the engine in the app; on AWS, EventBridge and
 * Step Functions, with these settings (each also an environment variable):
 * <ul>
 * <li>{@code STRATUS_WORKFLOWS_STATE_MACHINE_ARN_PREFIX} (required on AWS): the state machines' ARN
 * without the workflow's name, as in {@code arn:aws:states:eu-west-1:123456789012:stateMachine:stratus-};
 * workflow {@code customer-registration} is then the state machine
 * {@code stratus-customer-registration}.</li>
 * <li>{@code STRATUS_WORKFLOWS_EVENT_BUS} (default {@code stratus}): the bus starts are published
 * to.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ExecutionBackends {

	@Bean
	ExecutionBackend executionBackend(StratusProperties settings, ExecutionRunner runner, DynamoExecutionStore store,
			PageTokens pageTokens, Clock clock, ObjectProvider<EventBridgeClient> eventBridge,
			ObjectProvider<SfnClient> stepFunctions,
			@Value("${stratus.workflows.state-machine-arn-prefix:${STRATUS_WORKFLOWS_STATE_MACHINE_ARN_PREFIX:}}")
			String stateMachineArnPrefix,
			@Value("${stratus.workflows.event-bus:${STRATUS_WORKFLOWS_EVENT_BUS:stratus}}") String eventBus) {
		if (settings.isLocal()) {
			return new InAppExecutions(runner, store, pageTokens);
		}
		StateMachines machines = new StateMachines(stateMachineArnPrefix);
		EventBusStarts starts = new EventBusStarts(eventBridge.getObject(), eventBus, store, clock);
		return new StepFunctionsExecutions(stepFunctions.getObject(), starts, machines, store, pageTokens);
	}

}
