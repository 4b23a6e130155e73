package dev.stratus.platform;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * AWS mode: {@link Secrets} come from Secrets Manager, under {@code STRATUS_SECRETS_PREFIX} (default
 * {@code stratus/}), through a client of the default region, credentials and endpoint settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class SecretsManagerConfiguration {

	@Bean(destroyMethod = "close")
	SecretsManagerClient secretsManagerClient() {
		return SecretsManagerClient.builder()
			.overrideConfiguration(c -> c.apiCallAttemptTimeout(Duration.ofSeconds(3))
				.apiCallTimeout(Duration.ofSeconds(8)))
			.build();
	}

	@Bean
	SecretsManagerSource secretsManagerSource(SecretsManagerClient secretsManager,
			@Value("${STRATUS_SECRETS_PREFIX:stratus/}") String prefix) {
		return new SecretsManagerSource(secretsManager, prefix);
	}

}
