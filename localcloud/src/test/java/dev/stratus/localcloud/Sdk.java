package dev.stratus.localcloud;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The AWS SDK clients as the app builds them for the local cloud. */
final class Sdk {

	private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY));

	private Sdk() {
	}

	static DynamoDbClient dynamo(URI endpoint) {
		return DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.build();
	}

	static SqsClient sqs(URI endpoint) {
		return SqsClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.build();
	}

	static S3Client s3(URI endpoint) {
		return S3Client.builder()
			.endpointOverride(endpoint)
			.forcePathStyle(true)
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.build();
	}

	/**
	 * A table keyed by one string attribute, once it is ACTIVE: the local DynamoDB, like AWS, finishes creating a table
	 * after answering, and a write in between is refused with "Requested resource not found".
	 */
	static void createTable(DynamoDbClient dynamo, String name, String key) {
		dynamo.createTable(b -> b.tableName(name)
			.keySchema(k -> k.attributeName(key).keyType(KeyType.HASH))
			.attributeDefinitions(a -> a.attributeName(key).attributeType(ScalarAttributeType.S))
			.billingMode(BillingMode.PAY_PER_REQUEST));
		dynamo.waiter()
			.waitUntilTableExists(b -> b.tableName(name), wait -> wait.maxAttempts(250)
				.backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(20))));
	}

	/** The same endpoint under another host name, e.g. {@code localhost} for {@code 127.0.0.1}. */
	static URI named(URI endpoint, String host) {
		return URI.create(endpoint.getScheme() + "://" + host + ":" + endpoint.getPort());
	}

}
