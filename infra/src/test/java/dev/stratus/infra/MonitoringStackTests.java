package dev.stratus.infra;

import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The alarms seed 003 recommends, each sent to the alarm topic, and the dashboard. */
class MonitoringStackTests {

	private final Synthesized synthesized = Synthesized.stacks();

	private final Template template = Synthesized.template(synthesized.stacks.monitoring());

	@Test
	void alarmsOnTheApisErrorRateAndLatency() {
		template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
				"AlarmName", "stratus-api5xx-rate", "Threshold", 1)));
		template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
				"AlarmName", "stratus-api-p99-latency",
				"ExtendedStatistic", "p99",
				"MetricName", "Latency")));
	}

	@Test
	void alarmsOnEveryDeadLetterQueueHoldingAMessage() {
		for (Declarations.Queue queue : synthesized.declarations().queues()) {
			template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
					"AlarmName", Names.physical(Names.kebab(Names.pascal(queue.deadLetterQueue()) + "Depth")),
					"MetricName", "ApproximateNumberOfMessagesVisible",
					"ComparisonOperator", "GreaterThanThreshold",
					"Threshold", 0)));
		}
		template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
				"AlarmName", "stratus-workflow-starts-dlq-depth")));
	}

	@Test
	void alarmsOnFunctionErrorsThrottlesStarterFailuresAndLowStock() {
		template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
				"AlarmName", "stratus-api-errors", "MetricName", "Errors")));
		template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
				"AlarmName", "stratus-job-orders-throttles", "MetricName", "Throttles")));
		template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
				"AlarmName", "stratus-workflow-starter-failures", "MetricName", "ExecutionsFailed")));
		template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
				"AlarmName", "stratus-low-stock",
				"Namespace", MonitoringStack.NAMESPACE,
				"MetricName", MonitoringStack.LOW_STOCK)));
	}

	@Test
	void sendsEveryAlarmToTheEncryptedTopic() {
		template.allResourcesProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
				"AlarmActions", Match.arrayWith(java.util.List.of(Match.objectLike(Map.of("Ref",
						Match.stringLikeRegexp("Alarms"))))))));
		template.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of("KmsMasterKeyId", Match.anyValue())));
		template.hasResourceProperties("AWS::SNS::Subscription", Map.of("Protocol", "email", "Endpoint",
				"ops@example.com", "TopicArn", Match.anyValue()));
		template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
	}

}
