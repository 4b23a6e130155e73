package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.stratus.StratusApi.bearer;
import static dev.stratus.identity.TestUsers.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Which bearer tokens the API takes: only unexpired, untampered ID tokens of a live session. */
@IntegrationTest
class TokenVerificationTests {

	@Autowired
	StratusApi api;

	@Autowired
	Users users;

	@Autowired
	Sessions sessions;

	@Autowired
	SigningKeys keys;

	@Autowired
	TokenIssuer issuer;

	UserRecord user;

	Sessions.Started session;

	@BeforeEach
	void signIn() {
		String id = UUID.randomUUID().toString();
		user = new UserRecord(id, "tokens-" + id + "@example.test", "Token Tester", "not-a-real-hash", Role.USER, true,
				false, Instant.parse("2024-01-15T10:30:00.000Z"), 0);
		assertThat(users.create(user, null)).isTrue();
		session = sessions.start(user.id(), CLIENT);
	}

	@Test
	void takesAFreshIdToken() {
		assertThat(me(idToken(issuer)).status()).isEqualTo(200);
	}

	@Test
	void refusesATokenWithATamperedPayload() {
		String[] parts = idToken(issuer).split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
			.replace("\"cognito:groups\":[\"user\"]", "\"cognito:groups\":[\"admin\"]");
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];

		var response = me(forged);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void refusesAnAccessTokenAsBearer() {
		var tokens = issuer.issue(user, session.sessionId(), session.startedAt());

		assertThat(me(tokens.accessToken()).status()).isEqualTo(401);
	}

	@Test
	void refusesAnExpiredToken() {
		Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);

		var response = me(idToken(new TokenIssuer(keys, twoHoursAgo)));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.tree().path("error").path("message").asString()).containsIgnoringCase("expired");
	}

	@Test
	void refusesATokenSignedWithAKeyOfUnknownId() throws Exception {
		RSAKey stranger = new RSAKeyGenerator(2048).keyID("not-ours").keyUse(KeyUse.SIGNATURE).generate();
		SignedJWT genuine = SignedJWT.parse(idToken(issuer));

		assertThat(me(TokenIssuer.sign(genuine.getJWTClaimsSet(), stranger)).status()).isEqualTo(401);
	}

	@Test
	void refusesATokenOfAnotherIssuerOrAudience() throws Exception {
		JWTClaimsSet claims = SignedJWT.parse(idToken(issuer)).getJWTClaimsSet();

		assertThat(me(TokenIssuer.sign(new JWTClaimsSet.Builder(claims).issuer("https://evil.example").build(),
				keys.current())).status()).isEqualTo(401);
		assertThat(me(TokenIssuer.sign(new JWTClaimsSet.Builder(claims).audience("someone-else").build(),
				keys.current())).status()).isEqualTo(401);
	}

	@Test
	void carriesTheClaimsOfTheContract() throws Exception {
		JWTClaimsSet claims = SignedJWT.parse(idToken(issuer)).getJWTClaimsSet();

		assertThat(claims.getSubject()).isEqualTo(user.id());
		assertThat(claims.getStringClaim("email")).isEqualTo(user.email());
		assertThat(claims.getBooleanClaim("email_verified")).isTrue();
		assertThat(claims.getStringListClaim("cognito:groups")).containsExactly("user");
		assertThat(claims.getStringClaim("token_use")).isEqualTo("id");
		assertThat(claims.getIssuer()).isEqualTo(TokenIssuer.ISSUER);
		assertThat(claims.getAudience()).containsExactly(TokenIssuer.AUDIENCE);
		assertThat(claims.getLongClaim("auth_time")).isEqualTo(session.startedAt().getEpochSecond());
		assertThat(claims.getExpirationTime()).isEqualTo(
				new Date(claims.getIssueTime().getTime() + Duration.ofHours(1).toMillis()));
	}

	@Test
	void keepsSignedInUsersSignedInAcrossAKeyRotation() {
		String before = idToken(issuer);

		String kid = keys.rotate();

		String after = idToken(issuer);
		assertThat(me(before).status()).isEqualTo(200);
		assertThat(me(after).status()).isEqualTo(200);
		assertThat(header(after)).contains(kid);
		var jwks = api.get("/api/auth/.well-known/jwks.json");
		assertThat(jwks.status()).isEqualTo(200);
		List<String> published = jwks.tree().path("keys").valueStream().map(key -> key.path("kid").asString()).toList();
		assertThat(published).contains(kid, headerKid(before));
		assertThat(jwks.body()).doesNotContain("\"d\"");
	}

	private String idToken(TokenIssuer from) {
		return from.issue(user, session.sessionId(), session.startedAt()).idToken();
	}

	private StratusApi.Response me(String token) {
		return api.get("/api/auth/me", bearer(token));
	}

	private static String header(String token) {
		return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
	}

	private static String headerKid(String token) throws RuntimeException {
		try {
			return SignedJWT.parse(token).getHeader().getKeyID();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
