package dev.stratus.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.dynamodb.TableProps;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.TopicProps;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * Every declared table, queue (with its dead-letter queue) and bucket, read from the declarations file only,
 * and the notifications topic the app sends email and workspace notifications through on AWS.
 */
public final class DataStack extends Stack {

	/**
	 * Presigned uploads come from the console's pages. Without a named origin, any CloudFront origin may use a
	 * presigned URL it was given: the signature, not CORS, is what guards the bucket.
	 */
	static final String ANY_CLOUDFRONT_ORIGIN = "https://*.cloudfront.net";

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final Map<String, Queue> queues = new LinkedHashMap<>();

	private final Map<String, Bucket> buckets = new LinkedHashMap<>();

	private final Map<String, Integer> visibilities = new LinkedHashMap<>();

	private final Topic notifications;

	DataStack(Construct scope, String id, StackProps props, Declarations declarations, InfraSettings settings) {
		super(scope, id, props);
		declarations.tables().forEach(table -> tables.put(table.name(), table(table)));
		for (Declarations.Queue queue : declarations.queues()) {
			queues.put(queue.name(), QueuesWithDeadLetters.create(this, queue));
			visibilities.put(queue.name(), QueuesWithDeadLetters.visibilitySeconds(queue));
		}
		SecureBuckets secure = new SecureBuckets(this);
		String origin = settings.consoleOrigin().orElse(ANY_CLOUDFRONT_ORIGIN);
		declarations.buckets()
			.forEach(bucket -> buckets.put(bucket.name(), secure.create(Names.pascal(bucket.name()) + "Bucket",
					SecureBuckets.props().bucketName(bucket.physicalName()).cors(List.of(presignedUploads(origin))))));
		notifications = new Topic(this, "Notifications", TopicProps.builder()
			.topicName(Names.physical("notifications"))
			.masterKey(Alias.fromAliasName(this, "SnsKey", "alias/aws/sns"))
			.enforceSsl(true)
			.build());
	}

	Map<String, Table> tables() {
		return tables;
	}

	Map<String, Queue> queues() {
		return queues;
	}

	Map<String, Bucket> buckets() {
		return buckets;
	}

	Table table(String name) {
		return require(tables, name, "table");
	}

	Queue queue(String name) {
		return require(queues, name, "queue");
	}

	Bucket bucket(String name) {
		return require(buckets, name, "bucket");
	}

	/** The queue's visibility timeout as deployed, which the app's worker must hold its claims for. */
	int visibilitySeconds(String queue) {
		return require(visibilities, queue, "queue");
	}

	Topic notifications() {
		return notifications;
	}

	private Table table(Declarations.Table declared) {
		Table table = new Table(this, Names.pascal(declared.name()) + "Table", TableProps.builder()
			.tableName(declared.physicalName())
			.partitionKey(string("PK"))
			.sortKey(string("SK"))
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
				.pointInTimeRecoveryEnabled(true)
				.build())
			.encryption(TableEncryption.AWS_MANAGED)
			.deletionProtection(true)
			.build());
		for (String index : declared.indexes()) {
			table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
				.indexName(index)
				.partitionKey(string(index + "PK"))
				.sortKey(string(index + "SK"))
				.projectionType(ProjectionType.ALL)
				.build());
		}
		return table;
	}

	private static CorsRule presignedUploads(String origin) {
		return CorsRule.builder()
			.allowedOrigins(List.of(origin))
			.allowedMethods(List.of(HttpMethods.PUT, HttpMethods.GET))
			.allowedHeaders(List.of("*"))
			.exposedHeaders(List.of("ETag"))
			.maxAge(3000)
			.build();
	}

	private static Attribute string(String name) {
		return Attribute.builder().name(name).type(AttributeType.STRING).build();
	}

	private static <T> T require(Map<String, T> declared, String name, String kind) {
		T resource = declared.get(name);
		if (resource == null) {
			throw new IllegalStateException("no " + kind + " '" + name + "' in infra/cloud-resources.json");
		}
		return resource;
	}

}
