package dev.stratus.platform.cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.stratus.platform.StratusProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The tables, queues and buckets every module declares (as {@link TableSpec}, {@link QueueSpec}
 * and {@link BucketSpec} beans), under their physical names ({@code stratus-<name>}). In local mode
 * they are created at startup, idempotently; on AWS the CDK stack has created them.
 */
@Component
public class CloudResources {

	private static final Logger log = LoggerFactory.getLogger(CloudResources.class);

	private static final String PREFIX = "stratus-";

	private final SqsClient sqs;

	private final boolean local;

	private final List<QueueSpec> queues;

	private final Map<String, String> queueUrls = new ConcurrentHashMap<>();

	CloudResources(StratusProperties settings, ObjectProvider<TableSpec> tableSpecs,
			ObjectProvider<QueueSpec> queueSpecs, ObjectProvider<BucketSpec> bucketSpecs, DynamoDbClient dynamo,
			SqsClient sqs, S3Client s3) {
		this.sqs = sqs;
		this.local = settings.isLocal();
		List<TableSpec> tables = tableSpecs.orderedStream().toList();
		this.queues = queueSpecs.orderedStream().toList();
		List<BucketSpec> buckets = bucketSpecs.orderedStream().toList();
		if (local) {
			List<Runnable> creations = new ArrayList<>();
			tables.forEach(table -> creations.add(() -> createTable(dynamo, table)));
			queues.forEach(queue -> creations.add(() -> createQueue(queue)));
			buckets.forEach(bucket -> creations.add(() -> createBucket(s3, bucket)));
			runAtOnce(creations);
			log.info("Provisioned {} tables, {} queues, {} buckets", tables.size(), queues.size(), buckets.size());
		}
	}

	public String tableName(TableSpec table) {
		return PREFIX + table.name();
	}

	public String bucketName(BucketSpec bucket) {
		return PREFIX + bucket.name();
	}

	public String queueUrl(QueueSpec queue) {
		return url(PREFIX + queue.name());
	}

	public String deadLetterQueueUrl(QueueSpec queue) {
		return url(PREFIX + queue.deadLetterName());
	}

	/**
	 * Creates the declared queues again, for a caller told that one does not exist: a restarted local
	 * SQS kept in memory (tests, or a shared local cloud restarted that way) has lost them and their
	 * messages. Idempotent, and forgets the cached queue URLs. On AWS the queues belong to the CDK
	 * stack, so it only logs the error.
	 */
	public synchronized void recreateQueues() {
		if (!local) {
			log.error("A declared SQS queue does not exist; check the deployment's stack");
			return;
		}
		queueUrls.clear();
		queues.forEach(this::createQueue);
		log.warn("Re-created {} queues (each with its dead-letter queue) the local SQS had lost", queues.size());
	}

	/**
	 * Runs the creations side by side: each waits on a first call through a cold SDK client, so
	 * one after another they took seconds of start-up.
	 */
	private static void runAtOnce(List<Runnable> creations) {
		ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, creations.size()));
		try {
			CompletableFuture.allOf(creations.stream()
				.map(creation -> CompletableFuture.runAsync(creation, threads))
				.toArray(CompletableFuture[]::new)).join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
		finally {
			threads.shutdown();
		}
	}

	private String url(String queueName) {
		return queueUrls.computeIfAbsent(queueName, name -> sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
	}

	private void createTable(DynamoDbClient dynamo, TableSpec table) {
		List<AttributeDefinition> attributes = new ArrayList<>(List.of(stringAttribute("PK"), stringAttribute("SK")));
		List<GlobalSecondaryIndex> indexes = new ArrayList<>();
		for (String index : table.indexes()) {
			attributes.add(stringAttribute(index + "PK"));
			attributes.add(stringAttribute(index + "SK"));
			indexes.add(GlobalSecondaryIndex.builder()
				.indexName(index)
				.keySchema(key(index + "PK", KeyType.HASH), key(index + "SK", KeyType.RANGE))
				.projection(p -> p.projectionType(ProjectionType.ALL))
				.build());
		}
		try {
			dynamo.createTable(b -> b.tableName(tableName(table))
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(attributes)
				.keySchema(key("PK", KeyType.HASH), key("SK", KeyType.RANGE))
				.globalSecondaryIndexes(indexes.isEmpty() ? null : indexes));
		}
		catch (ResourceInUseException alreadyThere) {
			// Created by an earlier start: nothing to do.
		}
	}

	private void createQueue(QueueSpec queue) {
		String deadLetters = sqs.createQueue(b -> b.queueName(PREFIX + queue.deadLetterName())).queueUrl();
		String deadLetterArn = sqs
			.getQueueAttributes(b -> b.queueUrl(deadLetters).attributeNames(QueueAttributeName.QUEUE_ARN))
			.attributes()
			.get(QueueAttributeName.QUEUE_ARN);
		String redrive = "{\"maxReceiveCount\":\"" + queue.maxReceiveCount() + "\",\"deadLetterTargetArn\":\""
				+ deadLetterArn + "\"}";
		String url = sqs.createQueue(b -> b.queueName(PREFIX + queue.name())).queueUrl();
		// Set separately so a restart with changed settings updates an existing queue.
		sqs.setQueueAttributes(b -> b.queueUrl(url)
			.attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, redrive, QueueAttributeName.VISIBILITY_TIMEOUT,
					Integer.toString(queue.visibilityTimeoutSeconds()))));
	}

	private void createBucket(S3Client s3, BucketSpec bucket) {
		try {
			s3.createBucket(b -> b.bucket(bucketName(bucket)));
		}
		catch (BucketAlreadyOwnedByYouException alreadyThere) {
			// Created by an earlier start: nothing to do.
		}
	}

	private static AttributeDefinition stringAttribute(String name) {
		return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

}
