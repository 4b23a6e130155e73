package dev.stratus.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's functions and the HTTP API in front of them. */
class ApiStackTests {

	private final Synthesized synthesized = Synthesized.stacks();

	private final Template template = Synthesized.template(synthesized.stacks.api());

	@Test
	void runsTheApiOnJava17WithSnapStartInAwsLambdaMode() {
		template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
				"FunctionName", "stratus-api",
				"Handler", "dev.stratus.platform.lambda.ApiHandler::handleRequest",
				"Runtime", "java17",
				"SnapStart", Map.of("ApplyOn", "PublishedVersions"),
				"Environment", Map.of("Variables", Match.objectLike(Map.of(
						"STRATUS_MODE", "aws",
						"STRATUS_RUNTIME", "lambda",
						"STRATUS_WORKFLOWS_EVENT_BUS", "stratus",
						"STRATUS_ORDERS_VISIBILITY_TIMEOUT", "180",
						"STRATUS_COGNITO_USER_POOL_ID", Match.anyValue(),
						"STRATUS_COGNITO_CLIENT_ID", Match.anyValue(),
						"STRATUS_NOTIFICATIONS_TOPIC_ARN", Match.anyValue(),
						"STRATUS_WORKFLOWS_STATE_MACHINE_ARN_PREFIX", Match.anyValue()))))));
		template.hasResourceProperties("AWS::Lambda::Alias", Match.objectLike(Map.of("Name", AppFunctions.ALIAS)));
	}

	@Test
	void feedsEveryQueueToItsJobsWorkerReportingPartialBatchFailures() {
		List<Declarations.Queue> queues = synthesized.declarations().queues();
		template.resourceCountIs("AWS::Lambda::EventSourceMapping", queues.size());
		template.allResourcesProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
				"FunctionResponseTypes", List.of("ReportBatchItemFailures"),
				// The alias, so that SnapStart's published version handles the messages.
				"FunctionName", Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(":" + AppFunctions.ALIAS)))))));
		for (Declarations.Queue queue : queues) {
			template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
					"FunctionName", "stratus-job-" + queue.name(),
					"Handler", "dev.stratus.platform.lambda.QueueHandler::handleRequest",
					"Timeout", 30,
					"Environment", Map.of("Variables", Match.objectLike(Map.of("STRATUS_JOB", queue.name()))))));
		}
	}

	@Test
	void runsHousekeepingEveryMinute() {
		template.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of(
				"ScheduleExpression", "rate(1 minute)",
				"Targets", List.of(Match.objectLike(Map.of("Arn", Map.of("Ref", Match.stringLikeRegexp(
						"HousekeepingLive"))))))));
		template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
				"Handler", "dev.stratus.platform.lambda.HousekeepingHandler::handleRequest")));
	}

	@Test
	void asksForACognitoTokenOnEveryApiRouteButThePublicAndApiKeyOnes() {
		template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Match.objectLike(Map.of(
				"AuthorizerType", "JWT",
				"IdentitySource", List.of("$request.header.Authorization"))));
		template.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
				"RouteKey", "ANY " + HttpApiRoutes.SIGNED_IN,
				"AuthorizationType", "JWT")));
		List<String> open = new ArrayList<>(HttpApiRoutes.PUBLIC);
		open.addAll(HttpApiRoutes.API_KEY);
		for (String path : open) {
			template.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
					"RouteKey", "ANY " + path,
					"AuthorizationType", "NONE")));
		}
		assertThat(template.findResources("AWS::ApiGatewayV2::Route")).hasSize(open.size() + 1);
	}

	@Test
	void logsAndThrottlesTheStage() {
		template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Match.objectLike(Map.of(
				"StageName", "$default",
				"AccessLogSettings", Match.objectLike(Map.of("DestinationArn", Match.anyValue())),
				"DefaultRouteSettings", Match.objectLike(Map.of("ThrottlingRateLimit", 500)))));
	}

}
