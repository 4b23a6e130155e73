package dev.stratus.identity.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * AWS mode: the Cognito user pool the CDK stack created ({@code STRATUS_COGNITO_USER_POOL_ID},
 * {@code STRATUS_COGNITO_CLIENT_ID}), and bearer tokens checked against its published keys with
 * the same {@link TokenRules} as local mode, then the account behind them ({@link CognitoSessions}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
class CognitoConfiguration {

	@Bean
	CognitoPool cognitoPool(@Value("${STRATUS_COGNITO_USER_POOL_ID}") String poolId,
			@Value("${STRATUS_COGNITO_CLIENT_ID}") String clientId) {
		return new CognitoPool(poolId, clientId);
	}

	@Bean(destroyMethod = "close")
	CognitoIdentityProviderClient cognitoClient(CognitoPool pool) {
		return CognitoIdentityProviderClient.builder()
			.region(pool.region())
			.overrideConfiguration(ClientOverrideConfiguration.builder()
				.apiCallAttemptTimeout(Duration.ofSeconds(3))
				.apiCallTimeout(Duration.ofSeconds(8))
				.build())
			.build();
	}

	@Bean
	JwtDecoder jwtDecoder(CognitoPool pool, CognitoSessions sessions) {
		return idTokens(pool, pool.jwksUri(), sessions);
	}

	/** The pool's ID tokens, checked against the keys at {@code jwksUri} (the pool's own but in tests). */
	static JwtDecoder idTokens(CognitoPool pool, String jwksUri, CognitoSessions sessions) {
		return VerifiedTokens.of(NimbusJwtDecoder.withJwkSetUri(jwksUri).jwsAlgorithm(SignatureAlgorithm.RS256).build(),
				TokenRules.of(pool.issuer(), pool.clientId(), sessions.accountAllows()));
	}

	/** A user pool and its app client; the pool id starts with the region ({@code eu-west-1_AbC}). */
	record CognitoPool(String poolId, String clientId) {

		Region region() {
			return Region.of(poolId.substring(0, poolId.indexOf('_')));
		}

		String issuer() {
			return "https://cognito-idp." + region().id() + ".amazonaws.com/" + poolId;
		}

		String jwksUri() {
			return issuer() + "/.well-known/jwks.json";
		}

	}

}
