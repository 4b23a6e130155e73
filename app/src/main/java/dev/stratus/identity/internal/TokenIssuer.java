package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.stratus.identity.SignInSession;
import dev.stratus.platform.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Mints the local pool's tokens in Cognito's shape: an ID token (what the API takes as Bearer) and
 * an access token, both RS256 for one hour. {@code origin_jti} names the session, so ending a
 * session ends its tokens too.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class TokenIssuer {

	static final String ISSUER = "urn:stratus:user-pool";

	/** The one app client of the local pool; Cognito puts the client id in {@code aud} the same way. */
	static final String AUDIENCE = "stratus";

	static final Duration LIFETIME = Duration.ofHours(1);

	static final String SESSION_CLAIM = SignInSession.TOKEN_CLAIM;

	private final SigningKeys keys;

	private final Clock clock;

	TokenIssuer(SigningKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	Tokens issue(UserRecord user, String sessionId, Instant authTime) {
		Instant now = clock.instant();
		JWTClaimsSet.Builder common = new JWTClaimsSet.Builder().subject(user.id())
			.issuer(ISSUER)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(LIFETIME)))
			.claim("auth_time", authTime.getEpochSecond())
			.claim(SESSION_CLAIM, sessionId)
			.claim(Role.GROUPS_CLAIM, List.of(user.role().group()));
		JWTClaimsSet id = new JWTClaimsSet.Builder(common.build()).audience(AUDIENCE)
			.jwtID(UUID.randomUUID().toString())
			.claim("token_use", "id")
			.claim("email", user.email())
			.claim("email_verified", user.confirmed())
			.claim("name", user.name())
			.build();
		JWTClaimsSet access = new JWTClaimsSet.Builder(common.build()).jwtID(UUID.randomUUID().toString())
			.claim("token_use", "access")
			.claim("client_id", AUDIENCE)
			.claim("username", user.id())
			.claim("scope", "aws.cognito.signin.user.admin")
			.build();
		RSAKey key = keys.current();
		return new Tokens(sign(id, key), sign(access, key));
	}

	static String sign(JWTClaimsSet claims, RSAKey key) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a token", ex);
		}
	}

	record Tokens(String idToken, String accessToken) {
	}

}
