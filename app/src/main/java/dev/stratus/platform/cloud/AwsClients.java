package dev.stratus.platform.cloud;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import dev.stratus.localcloud.Endpoints;
import dev.stratus.platform.StratusProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS SDK clients, the app's only way to DynamoDB, SQS, S3 and SNS (EC2 and CloudWatch, per region,
 * through {@link RegionalClients}). Local mode points them at
 * the local cloud; AWS mode uses the default credential chain and region. Short timeouts make a
 * dead service a quick {@code SERVICE_UNAVAILABLE}, never a hung request.
 */
@Configuration(proxyBeanMethods = false)
class AwsClients {

	private static final ClientOverrideConfiguration TIMEOUTS = ClientOverrideConfiguration.builder()
		.apiCallAttemptTimeout(Duration.ofSeconds(3))
		.apiCallTimeout(Duration.ofSeconds(8))
		.build();

	@Bean
	CloudTarget cloudTarget(StratusProperties settings,
			org.springframework.beans.factory.ObjectProvider<LocalCloudConnection> local) {
		if (settings.isLocal()) {
			Endpoints endpoints = local.getObject().endpoints();
			return new CloudTarget(Optional.of(endpoints), Region.of(Endpoints.REGION), StaticCredentialsProvider
				.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY)));
		}
		return new CloudTarget(Optional.empty(), new DefaultAwsRegionProviderChain().getRegion(),
				DefaultCredentialsProvider.builder().build());
	}

	@Bean(destroyMethod = "close")
	DynamoDbClient dynamoDbClient(CloudTarget target) {
		return target.configure(DynamoDbClient.builder(), Endpoints::dynamodb).build();
	}

	@Bean(destroyMethod = "close")
	SqsClient sqsClient(CloudTarget target) {
		return target.configure(SqsClient.builder(), Endpoints::sqs).build();
	}

	@Bean(destroyMethod = "close")
	S3Client s3Client(CloudTarget target) {
		return target.configure(S3Client.builder(), Endpoints::s3).forcePathStyle(target.isLocal()).build();
	}

	@Bean(destroyMethod = "close")
	S3Presigner s3Presigner(CloudTarget target) {
		var builder = S3Presigner.builder()
			.region(target.region())
			.credentialsProvider(target.credentials())
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(target.isLocal()).build());
		target.local().ifPresent(endpoints -> builder.endpointOverride(endpoints.s3()));
		return builder.build();
	}

	@Bean
	RegionalClients regionalClients(CloudTarget target) {
		return new RegionalClients(target);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
	SnsClient snsClient(CloudTarget target) {
		return target.configure(SnsClient.builder(), endpoints -> {
			throw new IllegalStateException("SNS is not part of the local cloud");
		}).build();
	}

	/** Workflows on AWS start executions through EventBridge ({@code platform/workflow}). */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
	EventBridgeClient eventBridgeClient(CloudTarget target) {
		return target.configure(EventBridgeClient.builder(), endpoints -> {
			throw new IllegalStateException("EventBridge is not part of the local cloud");
		}).build();
	}

	/** Workflows on AWS are read from Step Functions ({@code platform/workflow}). */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
	SfnClient sfnClient(CloudTarget target) {
		return target.configure(SfnClient.builder(), endpoints -> {
			throw new IllegalStateException("Step Functions is not part of the local cloud");
		}).build();
	}

	/** Where the clients point: the local cloud's endpoints, or AWS itself. */
	record CloudTarget(Optional<Endpoints> local, Region region, AwsCredentialsProvider credentials) {

		boolean isLocal() {
			return local.isPresent();
		}

		<B extends AwsClientBuilder<B, ?>> B configure(B builder,
				java.util.function.Function<Endpoints, URI> endpoint) {
			builder.region(region).credentialsProvider(credentials).overrideConfiguration(TIMEOUTS);
			local.ifPresent(endpoints -> builder.endpointOverride(endpoint.apply(endpoints)));
			if (builder instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) {
				sync.httpClientBuilder(ApacheHttpClient.builder()
					.maxConnections(128)
					.connectionTimeout(Duration.ofSeconds(2))
					.socketTimeout(Duration.ofSeconds(5)));
			}
			return builder;
		}

	}

}
