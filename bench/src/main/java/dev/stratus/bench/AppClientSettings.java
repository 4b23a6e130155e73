package dev.stratus.bench;

import java.net.URI;
import java.time.Duration;

import dev.stratus.localcloud.Endpoints;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The app's SDK client settings ({@code platform/cloud/AwsClients}), for the baselines: a baseline call must pay
 * what the app's call pays for the same answer, no more (each SDK timeout is a scheduler task per call) and no less.
 * Keep the two in step.
 */
final class AppClientSettings {

	private AppClientSettings() {
	}

	static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder, URI endpoint,
			String region) {
		builder.httpClientBuilder(ApacheHttpClient.builder()
			.maxConnections(128)
			.connectionTimeout(Duration.ofSeconds(2))
			.connectionAcquisitionTimeout(Duration.ofSeconds(2))
			.socketTimeout(Duration.ofSeconds(3)));
		return builder.endpointOverride(endpoint)
			.region(Region.of(region))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY)))
			.overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(8)));
	}

}
