package dev.stratus.infra;

import java.util.Arrays;
import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.constructs.IConstruct;

/**
 * The wildcards Stratus's grants contain, each with the reason it is as narrow as IAM allows; cdk-nag's IAM5
 * finding is suppressed only for these exact patterns, so any other wildcard still fails the build.
 */
enum Wildcards {

	TABLE_INDEXES("/^Resource::.*\\/index\\/\\*$/g",
			"Queries read the table's own global secondary indexes (GSI1, GSI2): the grant is on "
					+ "<table ARN>/index/*, the indexes of that one table"),
	BUCKET_OBJECTS("/^Resource::.*Bucket.*\\/\\*$/g",
			"Objects are keyed by ids the app makes, so the grant covers the objects of that one bucket "
					+ "(<bucket ARN>/*) and no other bucket"),
	S3_ACTION_GROUPS("/^Action::s3:(Abort|DeleteObject|GetBucket|GetObject|List)\\*$/g",
			"CDK's grantReadWrite action groups on one bucket: reading, writing and deleting objects and listing "
					+ "them, never its policy, ACL or configuration"),
	SECRETS("/^Resource::.*:secret:stratus\\/\\*$/g",
			"STRATUS_SECRET_* values are read by name under stratus/; Secrets Manager appends a random suffix to "
					+ "every secret's ARN, so no exact ARN exists before the secret does"),
	EXECUTIONS("/^Resource::.*:states:.*:(execution|stateMachine):stratus-\\*$/g",
			"The API reads executions of Stratus's own state machines (stratus-<workflow>); an execution's ARN "
					+ "ends with its execution id, which the app chooses per request"),
	FLEET_INSTANCES("/^Resource::arn:.*:ec2:\\*:.*:instance\\/\\*$/g",
			"Reboot, start and stop are allowed on this account's instances in the fleet's regions "
					+ "(STRATUS_FLEET_REGIONS), which the console lists at run time"),
	UNSCOPABLE_ACTIONS("Resource::*",
			"These actions support no resource-level permissions: EC2 DescribeInstances and CloudWatch "
					+ "GetMetricData (the fleet console), CloudWatch PutMetricData (limited to the Stratus namespace "
					+ "by its condition key), X-Ray traces and CloudWatch Logs delivery (state machines)"),
	FOUNDATION_MODELS("/^Resource::arn:.*:bedrock:\\*::foundation-model\\/\\*$/g",
			"The assistant's model and region are settings (STRATUS_ASSISTANT_MODEL_ID, STRATUS_ASSISTANT_REGION); "
					+ "InvokeModel is limited to foundation models, which AWS owns");

	private final String pattern;

	private final String reason;

	Wildcards(String pattern, String reason) {
		this.pattern = pattern;
		this.reason = reason;
	}

	/** Suppresses IAM5 on the construct's policies for exactly these wildcards, each with its reason. */
	static void justify(IConstruct construct, Wildcards... wildcards) {
		List<NagPackSuppression> suppressions = Arrays.stream(wildcards)
			.map(wildcard -> NagPackSuppression.builder()
				.id("AwsSolutions-IAM5")
				.reason(wildcard.reason)
				.appliesTo(List.of(wildcard.pattern.startsWith("/")
						? RegexAppliesTo.builder().regex(wildcard.pattern).build() : wildcard.pattern))
				.build())
			.toList();
		NagSuppressions.addResourceSuppressions(construct, suppressions, true);
	}

}
