package dev.stratus.platform.cloud;

import java.time.Duration;
import java.util.function.Supplier;

import dev.stratus.platform.StratusProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSupplier;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS SDK clients, the app's only way to DynamoDB, SQS, S3 and SNS (EC2 and CloudWatch, per region,
 * through {@link RegionalClients}). Both modes build them alike and leave endpoint, region and
 * credentials to the SDK's standard settings, read from a profile given to each client: in local mode
 * an in-memory one naming the local cloud's ports and keys ({@link LocalProfile}), on AWS the user's
 * own (environment, {@code ~/.aws/config}, then the instance's or function's role). So
 * {@code AWS_ENDPOINT_URL} works in AWS mode as in any SDK, and several apps in one JVM can each talk
 * to their own local cloud. Short timeouts make a dead service a quick {@code SERVICE_UNAVAILABLE},
 * never a hung request.
 */
@Configuration(proxyBeanMethods = false)
class AwsClients {

	private static final Logger log = LoggerFactory.getLogger(AwsClients.class);

	/**
	 * The whole call, retries included. An attempt is bounded by the HTTP client's own timeouts, not the SDK's attempt
	 * timeout: each SDK timeout is a task set and cancelled per call on one shared scheduler thread, and the two cost
	 * a product read about 30 µs of CPU (issue #20).
	 */
	private static final ClientOverrideConfiguration TIMEOUTS = ClientOverrideConfiguration.builder()
		.apiCallTimeout(Duration.ofSeconds(8))
		.build();

	@Bean
	CloudTarget cloudTarget(StratusProperties settings,
			org.springframework.beans.factory.ObjectProvider<LocalCloudConnection> local) {
		if (settings.isLocal()) {
			LocalProfile.warnAboutOverrides(System.getenv(), log);
			return new CloudTarget(true, ProfileFileSupplier.fixedProfileFile(LocalProfile.of(local.getObject()
				.endpoints())), LocalProfile.NAME);
		}
		// Read once, as the SDK does by default (its reloading supplier would look at the files on every call).
		return new CloudTarget(false, ProfileFileSupplier.fixedProfileFile(ProfileFile.defaultProfileFile()),
				ProfileFileSystemSetting.AWS_PROFILE.getStringValueOrThrow());
	}

	@Bean(destroyMethod = "close")
	DynamoDbClient dynamoDbClient(CloudTarget target) {
		return target.configure(DynamoDbClient.builder()).build();
	}

	@Bean(destroyMethod = "close")
	SqsClient sqsClient(CloudTarget target) {
		return target.configure(SqsClient.builder()).build();
	}

	/** Path-style locally: bucket names as host names would need DNS for them. */
	@Bean(destroyMethod = "close")
	S3Client s3Client(CloudTarget target) {
		return target.configure(S3Client.builder()).forcePathStyle(target.isLocal()).build();
	}

	/**
	 * Presigns as the S3 client calls: same endpoint, credentials and addressing. The presigner reads
	 * only the region from its own default chain, so it is handed the client's.
	 */
	@Bean(destroyMethod = "close")
	S3Presigner s3Presigner(S3Client s3) {
		var resolved = s3.serviceClientConfiguration();
		var builder = S3Presigner.builder()
			.s3Client(s3)
			.region(resolved.region())
			.credentialsProvider(resolved.credentialsProvider());
		resolved.endpointOverride().ifPresent(builder::endpointOverride);
		return builder.build();
	}

	@Bean
	RegionalClients regionalClients(CloudTarget target) {
		return new RegionalClients(target);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
	SnsClient snsClient(CloudTarget target) {
		return target.configure(SnsClient.builder()).build();
	}

	/** Workflows on AWS start executions through EventBridge ({@code platform/workflow}). */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
	EventBridgeClient eventBridgeClient(CloudTarget target) {
		return target.configure(EventBridgeClient.builder()).build();
	}

	/** Workflows on AWS are read from Step Functions ({@code platform/workflow}). */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
	SfnClient sfnClient(CloudTarget target) {
		return target.configure(SfnClient.builder()).build();
	}

	/**
	 * The app's own figures, in its own region ({@link StratusMetrics}); the fleet reads the regions it shows
	 * through {@link RegionalClients}.
	 */
	@Bean(destroyMethod = "close")
	CloudWatchClient cloudWatchClient(CloudTarget target) {
		return target.configure(CloudWatchClient.builder()).build();
	}

	/** {@code STRATUS_SECRET_*} on AWS come from Secrets Manager ({@code platform/Secrets}). */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
	SecretsManagerClient secretsManagerClient(CloudTarget target) {
		return target.configure(SecretsManagerClient.builder()).build();
	}

	/**
	 * Where the clients point, in the SDK's own terms: the profile each client reads its endpoint,
	 * region and credentials from.
	 *
	 * @param isLocal whether that is the local cloud
	 */
	record CloudTarget(boolean isLocal, Supplier<ProfileFile> profiles, String profileName) {

		<B extends AwsClientBuilder<B, ?>> B configure(B builder) {
			builder.overrideConfiguration(TIMEOUTS.toBuilder()
				.defaultProfileFileSupplier(profiles)
				.defaultProfileName(profileName)
				.build());
			if (builder instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) {
				sync.httpClientBuilder(ApacheHttpClient.builder()
					.maxConnections(128)
					.connectionTimeout(Duration.ofSeconds(2))
					.connectionAcquisitionTimeout(Duration.ofSeconds(2))
					.socketTimeout(Duration.ofSeconds(3)));
			}
			return builder;
		}

	}

}
