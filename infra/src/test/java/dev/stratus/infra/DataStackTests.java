package dev.stratus.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;

/** The data stack declares exactly what infra/cloud-resources.json declares, each resource locked down. */
class DataStackTests {

	private final Synthesized synthesized = Synthesized.stacks();

	private final Template template = Synthesized.template(synthesized.stacks.data());

	@Test
	void declaresEveryTableWithItsIndexesAndNoOther() {
		List<Declarations.Table> declared = synthesized.declarations().tables();
		assertThat(template.findResources("AWS::DynamoDB::Table")).hasSize(declared.size());
		for (Declarations.Table table : declared) {
			List<Object> indexes = table.indexes().stream()
				.map(index -> (Object) Match.objectLike(Map.of("IndexName", index, "KeySchema", List.of(
						Map.of("AttributeName", index + "PK", "KeyType", "HASH"),
						Map.of("AttributeName", index + "SK", "KeyType", "RANGE")), "Projection",
						Map.of("ProjectionType", "ALL"))))
				.toList();
			template.hasResourceProperties("AWS::DynamoDB::Table", Match.objectLike(Map.of(
					"TableName", table.physicalName(),
					"BillingMode", "PAY_PER_REQUEST",
					"KeySchema", List.of(Map.of("AttributeName", "PK", "KeyType", "HASH"),
							Map.of("AttributeName", "SK", "KeyType", "RANGE")),
					"GlobalSecondaryIndexes", indexes.isEmpty() ? Match.absent() : Match.exact(indexes),
					"PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
					"SSESpecification", Map.of("SSEEnabled", true))));
		}
	}

	@Test
	void redrivesEveryQueueToItsDeadLetterQueueAfterTheDeclaredReceives() {
		List<Declarations.Queue> declared = synthesized.declarations().queues();
		assertThat(template.findResources("AWS::SQS::Queue")).hasSize(declared.size() * 2);
		for (Declarations.Queue queue : declared) {
			Map<String, Map<String, Object>> deadLetters = template.findResources("AWS::SQS::Queue",
					Map.of("Properties", Map.of("QueueName", Names.physical(queue.deadLetterQueue()))));
			assertThat(deadLetters).hasSize(1);
			String deadLetterId = deadLetters.keySet().iterator().next();
			template.hasResourceProperties("AWS::SQS::Queue", Map.of(
					"QueueName", Names.physical(queue.name()),
					"SqsManagedSseEnabled", true,
					"VisibilityTimeout", QueuesWithDeadLetters.visibilitySeconds(queue),
					"RedrivePolicy", Map.of("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(deadLetterId, "Arn")),
							"maxReceiveCount", queue.maxReceiveCount())));
		}
	}

	@Test
	void refusesQueueAccessWithoutTls() {
		template.resourcePropertiesCountIs("AWS::SQS::QueuePolicy", Match.objectLike(Map.of("PolicyDocument",
				Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
						"Effect", "Deny",
						"Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))),
				synthesized.declarations().queues().size() * 2);
	}

	@Test
	void blocksPublicAccessAndEncryptsEveryBucket() {
		for (Declarations.Bucket bucket : synthesized.declarations().buckets()) {
			template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
					"BucketName", bucket.physicalName(),
					"PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
							"IgnorePublicAcls", true, "RestrictPublicBuckets", true),
					"BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
							"ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
					"LoggingConfiguration", Match.objectLike(Map.of("DestinationBucketName", Match.anyValue())),
					"CorsConfiguration", Map.of("CorsRules", List.of(Match.objectLike(Map.of(
							"AllowedMethods", List.of("PUT", "GET"),
							"AllowedOrigins", List.of(DataStack.ANY_CLOUDFRONT_ORIGIN))))))));
		}
	}

}
