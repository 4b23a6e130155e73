package dev.stratus.identity.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Checks a bearer token's signature once and its rules on every request, as API Gateway caches
 * its authorizer's answer: a client sends the same ID token for up to an hour, and parsing it and
 * verifying its RSA signature again each time was a third of what a product read allocated.
 * Expiry, issuer, audience and the account check still run on every request. The token's groups
 * come out as exactly one known role ({@link Groups}).
 */
final class VerifiedTokens implements JwtDecoder {

	private static final Duration REMEMBER = Duration.ofMinutes(5);

	private final JwtDecoder signatures;

	private final OAuth2TokenValidator<Jwt> rules;

	private final Cache<String, Jwt> verified = Caffeine.newBuilder()
		.maximumSize(4096)
		.expireAfterWrite(REMEMBER)
		.build();

	VerifiedTokens(JwtDecoder signatures, OAuth2TokenValidator<Jwt> rules) {
		this.signatures = signatures;
		this.rules = rules;
	}

	/** @param signatures checks signatures only: its own validator is replaced here */
	static JwtDecoder of(NimbusJwtDecoder signatures, OAuth2TokenValidator<Jwt> rules) {
		signatures.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
		return new VerifiedTokens(signatures, rules);
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		// A token that fails to decode throws out of here and is not remembered.
		Jwt jwt = verified.get(token, unchecked -> Groups.withOneRole(signatures.decode(unchecked)));
		OAuth2TokenValidatorResult result = rules.validate(jwt);
		if (result.hasErrors()) {
			throw new JwtValidationException(message(result), result.getErrors());
		}
		return jwt;
	}

	/** Worded as Spring Security's own decoder words it. */
	private static String message(OAuth2TokenValidatorResult result) {
		return result.getErrors()
			.stream()
			.map(OAuth2Error::getDescription)
			.filter(description -> description != null && !description.isEmpty())
			.findFirst()
			.map(description -> "An error occurred while attempting to decode the Jwt: " + description)
			.orElse("Unable to validate Jwt");
	}

}
