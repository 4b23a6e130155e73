package dev.stratus.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token's signature is checked once; its rules, on every use. */
class VerifiedTokensTests {

	final AtomicInteger signatureChecks = new AtomicInteger();

	final JwtDecoder signatures = token -> {
		signatureChecks.incrementAndGet();
		if (token.startsWith("forged")) {
			throw new BadJwtException("Signed JWT rejected: Invalid signature");
		}
		return Jwt.withTokenValue(token).header("alg", "RS256").subject("user-1").issuedAt(Instant.now()).build();
	};

	boolean accountAllowed = true;

	final VerifiedTokens tokens = new VerifiedTokens(signatures, jwt -> accountAllowed
			? OAuth2TokenValidatorResult.success()
			: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the account is disabled", null)));

	@Test
	void checksTheSignatureOfATokenOnlyOnce() {
		assertThat(tokens.decode("token-a").getSubject()).isEqualTo("user-1");
		assertThat(tokens.decode("token-a").getSubject()).isEqualTo("user-1");

		assertThat(signatureChecks).hasValue(1);
	}

	@Test
	void appliesTheRulesOnEveryUse() {
		tokens.decode("token-a");

		accountAllowed = false;

		assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("the account is disabled");
	}

	@Test
	void makesAGroupTheAppDoesNotKnowAGuestAndKeepsTheStrongestOfSeveral() {
		VerifiedTokens grouped = new VerifiedTokens(token -> Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("user-1")
			.claim(Role.GROUPS_CLAIM, token.equals("beta") ? List.of("beta-testers") : List.of("user", "admin"))
			.build(), jwt -> OAuth2TokenValidatorResult.success());

		assertThat(grouped.decode("beta").getClaimAsStringList(Role.GROUPS_CLAIM)).containsExactly("guest");
		assertThat(grouped.decode("both").getClaimAsStringList(Role.GROUPS_CLAIM)).containsExactly("admin");
	}

	@Test
	void remembersNoTokenThatFailedItsSignatureCheck() {
		assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);

		assertThat(signatureChecks).hasValue(2);
	}

}
