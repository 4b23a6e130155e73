package dev.stratus.identity.internal;

import java.util.List;

import dev.stratus.platform.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Local mode's bearer-token check: the signature against our own keys, the shared
 * {@link TokenRules}, and then the account itself, so a disabled user, an ended session or a
 * changed role stops a token at the very next request (on another instance, within
 * {@link Sessions#RECHECK_AFTER}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class LocalTokenVerification {

	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, Sessions sessions) {
		return VerifiedTokens.of(NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build(),
				TokenRules.of(TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, accountAllows(sessions)));
	}

	static OAuth2TokenValidator<Jwt> accountAllows(Sessions sessions) {
		return jwt -> {
			String sessionId = jwt.getClaimAsString(TokenIssuer.SESSION_CLAIM);
			List<String> groups = jwt.getClaimAsStringList(Role.GROUPS_CLAIM);
			if (jwt.getSubject() == null || sessionId == null || groups == null || groups.size() != 1) {
				return refuse("the token lacks its subject, session or group");
			}
			return sessions.recentState(jwt.getSubject(), sessionId).rejection(groups.get(0)).asResult();
		};
	}

	private static OAuth2TokenValidatorResult refuse(String why) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", why, null));
	}

}
