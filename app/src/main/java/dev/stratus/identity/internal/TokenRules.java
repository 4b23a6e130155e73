package dev.stratus.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What makes a bearer token acceptable, the same for the local pool and for Cognito: not expired,
 * from our issuer, for our client, and an ID token (an access token is refused).
 */
final class TokenRules {

	static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

	private TokenRules() {
	}

	@SafeVarargs
	static OAuth2TokenValidator<Jwt> of(String issuer, String audience, OAuth2TokenValidator<Jwt>... more) {
		List<OAuth2TokenValidator<Jwt>> rules = new ArrayList<>();
		rules.add(new JwtTimestampValidator(CLOCK_SKEW));
		rules.add(new JwtIssuerValidator(issuer));
		rules.add(new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
		rules.add(new JwtClaimValidator<String>("token_use", "id"::equals));
		rules.addAll(List.of(more));
		return new DelegatingOAuth2TokenValidator<>(rules);
	}

}
