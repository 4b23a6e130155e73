package dev.stratus.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmProps;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.DashboardProps;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.GraphWidgetProps;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MathExpressionProps;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.MetricProps;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.kms.KeyProps;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.TopicProps;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The alarms seed 003 recommends, each to one SNS topic, and a dashboard of the same figures: the API's 5xx rate
 * and p99 latency, every dead-letter queue holding a message, every function's errors and throttles, the
 * workflow starter's failed executions, and low stock.
 */
public final class MonitoringStack extends Stack {

	/**
	 * Low stock is the app's own figure: the alarm watches {@code Stratus/LowStockProducts} (count, one per product
	 * crossing the low-stock line), which {@code LowStockAlerts} publishes beside its email to the admins.
	 */
	static final String NAMESPACE = "Stratus";

	static final String LOW_STOCK = "LowStockProducts";

	private final Topic alarms;

	private final List<Alarm> all = new ArrayList<>();

	MonitoringStack(Construct scope, String id, StackProps props, InfraSettings settings, DataStack data,
			ApiStack api, WorkflowsStack workflows) {
		super(scope, id, props);
		// CloudWatch can publish to an encrypted topic only with a key whose policy lets it; an AWS-managed key
		// cannot be given that.
		Key key = new Key(this, "AlarmsKey", KeyProps.builder().enableKeyRotation(true).build());
		key.grantEncryptDecrypt(new ServicePrincipal("cloudwatch.amazonaws.com"));
		alarms = new Topic(this, "Alarms", TopicProps.builder()
			.topicName(Names.physical("alarms"))
			.masterKey(key)
			.enforceSsl(true)
			.build());
		settings.alarmEmail().ifPresent(email -> alarms.addSubscription(new EmailSubscription(email)));
		Duration period = Duration.minutes(5);
		IMetric requests = api.http().api().metricCount(MetricOptions.builder().period(period).build());
		IMetric errors = api.http().api().metricServerError(MetricOptions.builder().period(period).build());
		IMetric errorRate = new MathExpression(MathExpressionProps.builder()
			.expression("IF(requests > 0, 100 * errors / requests, 0)")
			.usingMetrics(Map.of("requests", requests, "errors", errors))
			.label("API 5xx rate (%)")
			.period(period)
			.build());
		IMetric latency = api.http().api().metricLatency(MetricOptions.builder().statistic("p99").period(period)
			.build());
		alarm("Api5xxRate", "More than 1% of API requests answered 5xx", errorRate, 1, 1);
		alarm("ApiP99Latency", "The API's p99 latency is over 3 s", latency, 3000, 3);
		Map<String, IQueue> deadLetters = new LinkedHashMap<>();
		data.queues().forEach((name, queue) -> deadLetters.put(name + "-dlq", queue.getDeadLetterQueue().getQueue()));
		deadLetters.put("workflow-starts-dlq", workflows.undeliveredStarts());
		deadLetters.forEach((name, queue) -> alarm(Names.pascal(name) + "Depth", "The dead-letter queue " + name
				+ " holds a message: look at /api/admin/dead-letters", queue.metricApproximateNumberOfMessagesVisible(
						MetricOptions.builder().statistic("max").period(period).build()), 0, 1));
		Map<String, Alias> functions = functions(api);
		functions.forEach((name, function) -> {
			alarm(Names.pascal(name) + "Errors", "The function " + name + " failed invocations",
					function.metricErrors(MetricOptions.builder().period(period).build()), 0, 1);
			alarm(Names.pascal(name) + "Throttles", "The function " + name + " was throttled",
					function.metricThrottles(MetricOptions.builder().period(period).build()), 0, 1);
		});
		alarm("WorkflowStarterFailures", "The workflow starter failed executions: a workflow did not start",
				workflows.starter().metricFailed(MetricOptions.builder().period(period).build()), 0, 1);
		Metric lowStock = new Metric(MetricProps.builder()
			.namespace(NAMESPACE)
			.metricName(LOW_STOCK)
			.statistic("sum")
			.period(period)
			.build());
		alarm("LowStock", "A product fell below the low-stock line", lowStock, 0, 1);
		dashboard(errorRate, latency, requests, deadLetters, functions, lowStock);
		new CfnOutput(this, "AlarmTopicArn", CfnOutputProps.builder()
			.value(alarms.getTopicArn())
			.description("Subscribe to it for the alarms (or deploy with -c alarmEmail=...)")
			.build());
	}

	Topic alarms() {
		return alarms;
	}

	List<Alarm> all() {
		return all;
	}

	private static Map<String, Alias> functions(ApiStack api) {
		Map<String, Alias> functions = new LinkedHashMap<>();
		functions.put("api", api.api());
		functions.put("housekeeping", api.housekeeping());
		api.workers().forEach((name, worker) -> functions.put("job-" + name, worker));
		return functions;
	}

	/** An alarm when the metric is above {@code threshold} for {@code periods} periods in a row. */
	private void alarm(String id, String description, IMetric metric, double threshold, int periods) {
		Alarm alarm = new Alarm(this, id, AlarmProps.builder()
			.alarmName(Names.physical(Names.kebab(id)))
			.alarmDescription(description)
			.metric(metric)
			.threshold(threshold)
			.comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
			.evaluationPeriods(periods)
			.treatMissingData(TreatMissingData.NOT_BREACHING)
			.build());
		alarm.addAlarmAction(new SnsAction(alarms));
		all.add(alarm);
	}

	private void dashboard(IMetric errorRate, IMetric latency, IMetric requests, Map<String, IQueue> deadLetters,
			Map<String, Alias> functions, IMetric lowStock) {
		Dashboard dashboard = new Dashboard(this, "Dashboard", DashboardProps.builder()
			.dashboardName(Names.physical("overview"))
			.build());
		dashboard.addWidgets(graph("API requests and 5xx rate", List.of(requests, errorRate)),
				graph("API p99 latency (ms)", List.of(latency)),
				graph("Dead-letter queues", deadLetters.values().stream()
					.map(queue -> (IMetric) queue.metricApproximateNumberOfMessagesVisible())
					.toList()));
		dashboard.addWidgets(graph("Function errors", functions.values().stream()
			.map(function -> (IMetric) function.metricErrors())
			.toList()), graph("Function throttles", functions.values().stream()
				.map(function -> (IMetric) function.metricThrottles())
				.toList()), graph("Low stock", List.of(lowStock)));
	}

	private static GraphWidget graph(String title, List<IMetric> metrics) {
		return new GraphWidget(GraphWidgetProps.builder().title(title).left(metrics).width(8).build());
	}

}
