package dev.stratus.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * AWS mode: {@link Secrets} come from Secrets Manager, under {@code STRATUS_SECRETS_PREFIX} (default
 * {@code stratus/}), through the platform's client ({@code platform/cloud/AwsClients}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class SecretsManagerConfiguration {

	@Bean
	SecretsManagerSource secretsManagerSource(SecretsManagerClient secretsManager,
			@Value("${STRATUS_SECRETS_PREFIX:stratus/}") String prefix) {
		return new SecretsManagerSource(secretsManager, prefix);
	}

}
