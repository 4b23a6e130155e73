package dev.stratus.identity.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.stratus.IntegrationTest;
import dev.stratus.SettableClock;
import dev.stratus.identity.SignInClient;
import dev.stratus.identity.SignInSession;
import dev.stratus.identity.internal.CognitoConfiguration.CognitoPool;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.Unauthenticated;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.web.PageTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

import static dev.stratus.identity.TestUsers.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * AWS mode checks the account behind a Cognito token as local mode does: against stubbed Cognito
 * answers and the real identity table, a change counts at once on the instance that made it and on
 * another within {@link Sessions#RECHECK_AFTER}, not after the token's hour.
 */
@SuppressWarnings("unchecked")
@IntegrationTest
class CognitoRecheckTests {

	@Autowired
	Items items;

	@Autowired
	PageTokens pages;

	final CognitoIdentityProviderClient cognito = mock(CognitoIdentityProviderClient.class);

	final CognitoPool settings = new CognitoPool("eu-west-1_AbCdEf", "client-123");

	final SettableClock clock = new SettableClock();

	final String userId = UUID.randomUUID().toString();

	final String email = "cognito-" + userId + "@example.test";

	CognitoSessions sessions;

	CognitoSessions otherInstance;

	CognitoUserPool pool;

	@BeforeEach
	void wire() {
		sessions = new CognitoSessions(items, cognito, settings, clock);
		otherInstance = new CognitoSessions(items, cognito, settings, clock);
		pool = new CognitoUserPool(cognito, settings, pages, sessions, new AdminChangeLock(items, clock), clock);
		givenUser(true, Role.USER);
	}

	@Test
	void refusesATokenOfAUserDisabledElsewhereOnceTheRecheckWindowHasPassed() {
		Jwt token = token("session-1", Role.USER, clock.instant().getEpochSecond());
		assertThat(sessions.rejection(token)).isEqualTo(Rejection.NONE);

		givenUser(false, Role.USER);

		assertThat(sessions.rejection(token)).as("still within the window").isEqualTo(Rejection.NONE);
		clock.advance(Sessions.RECHECK_AFTER);
		assertThat(sessions.rejection(token)).isEqualTo(Rejection.ACCOUNT_DISABLED);
	}

	@Test
	void refusesATokenOfADemotedAdminOnceTheRecheckWindowHasPassed() {
		givenUser(true, Role.ADMIN);
		Jwt token = token("session-1", Role.ADMIN, clock.instant().getEpochSecond());
		assertThat(sessions.rejection(token)).isEqualTo(Rejection.NONE);

		givenUser(true, Role.USER);
		clock.advance(Sessions.RECHECK_AFTER);

		assertThat(sessions.rejection(token)).isEqualTo(Rejection.ROLE_CHANGED);
	}

	@Test
	void endsASignedOutSessionAtOnceHereAndOnAnotherInstanceWithinTheWindow() throws Exception {
		givenSignIn("session-1", "refresh-1");
		pool.login(email, "Secret-Pass-1", CLIENT);
		Jwt token = token("session-1", Role.USER, clock.instant().getEpochSecond());
		Jwt otherSession = token("session-2", Role.USER, clock.instant().getEpochSecond());
		assertThat(sessions.rejection(token)).isEqualTo(Rejection.NONE);
		assertThat(otherInstance.rejection(token)).isEqualTo(Rejection.NONE);

		pool.logout(userId, "refresh-1");

		verify(cognito).revokeToken(any(Consumer.class));
		assertThat(sessions.rejection(token)).isEqualTo(Rejection.SESSION_ENDED);
		assertThat(sessions.rejection(otherSession)).isEqualTo(Rejection.NONE);
		clock.advance(Sessions.RECHECK_AFTER);
		assertThat(otherInstance.rejection(token)).isEqualTo(Rejection.SESSION_ENDED);
	}

	@Test
	void refusesToSignOutWithSomeoneElsesRefreshToken() throws Exception {
		givenSignIn("session-1", "refresh-1");
		pool.login(email, "Secret-Pass-1", CLIENT);

		assertThatThrownBy(() -> pool.logout("someone-else", "refresh-1"))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> pool.logout(userId, "never-handed-out"))
			.isInstanceOf(InvalidInput.class);

		verify(cognito, never()).revokeToken(any(Consumer.class));
		assertThat(sessions.rejection(token("session-1", Role.USER, clock.instant().getEpochSecond())))
			.isEqualTo(Rejection.NONE);
	}

	@Test
	void endsEverySessionThatStartedBeforeAPasswordReset() {
		long before = clock.instant().getEpochSecond() - 60;
		Jwt first = token("session-1", Role.USER, before);
		Jwt second = token("session-2", Role.USER, before);
		assertThat(otherInstance.rejection(first)).isEqualTo(Rejection.NONE);

		pool.resetPassword(email, "123456", "Brand-New-Pass-1");

		assertThat(sessions.rejection(first)).isEqualTo(Rejection.SESSION_ENDED);
		assertThat(sessions.rejection(second)).isEqualTo(Rejection.SESSION_ENDED);
		clock.advance(Sessions.RECHECK_AFTER);
		assertThat(otherInstance.rejection(first)).isEqualTo(Rejection.SESSION_ENDED);
		Jwt afterwards = token("session-3", Role.USER, clock.instant().plus(Duration.ofSeconds(1)).getEpochSecond());
		assertThat(sessions.rejection(afterwards)).isEqualTo(Rejection.NONE);
	}

	/** The sessions list in AWS mode: recorded at each sign-in and refresh the app sees. */
	@Nested
	class SessionsList {

		@Test
		void recordsEachSignInWithItsClient() throws Exception {
			givenSignIn("session-1", "refresh-1");

			pool.login(email, "Secret-Pass-1", CLIENT);

			assertThat(pool.sessions(userId)).singleElement().satisfies(session -> {
				assertThat(session.id()).isEqualTo("session-1");
				assertThat(session.userAgent()).isEqualTo(CLIENT.userAgent());
				assertThat(session.ipAddress()).isEqualTo(CLIENT.ipAddress());
				assertThat(session.createdAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.SECONDS));
			});
		}

		@Test
		void refusesTheTokensAndTheRefreshOfASessionSignedOutFromTheList() throws Exception {
			givenSignIn("session-1", "refresh-1");
			pool.login(email, "Secret-Pass-1", CLIENT);
			Jwt token = token("session-1", Role.USER, clock.instant().getEpochSecond());
			assertThat(otherInstance.rejection(token)).isEqualTo(Rejection.NONE);

			assertThat(pool.endSession("someone-else", "session-1")).isFalse();
			assertThat(pool.endSession(userId, "session-1")).isTrue();

			assertThat(pool.endSession(userId, "session-1")).as("already ended").isFalse();
			assertThat(sessions.rejection(token)).isEqualTo(Rejection.SESSION_ENDED);
			assertThatThrownBy(() -> pool.refresh("refresh-1")).isInstanceOf(Unauthenticated.class);
			verify(cognito, never()).getTokensFromRefreshToken(any(Consumer.class));
			assertThat(pool.sessions(userId)).isEmpty();
			clock.advance(Sessions.RECHECK_AFTER);
			assertThat(otherInstance.rejection(token)).isEqualTo(Rejection.SESSION_ENDED);
		}

		@Test
		void keepsOneEntryWhenCognitoNamesTheSessionAnewOnARefresh() throws Exception {
			givenSignIn("session-1", "refresh-1");
			pool.login(email, "Secret-Pass-1", SignInClient.of("198.51.100.4", "Firefox"));
			clock.advance(Duration.ofMinutes(5));
			when(cognito.getTokensFromRefreshToken(any(Consumer.class))).thenReturn(
					GetTokensFromRefreshTokenResponse.builder().authenticationResult(tokens("session-1b", "refresh-2"))
						.build());

			pool.refresh("refresh-1");

			assertThat(pool.sessions(userId)).singleElement().satisfies(session -> {
				assertThat(session.id()).isEqualTo("session-1b");
				assertThat(session.userAgent()).isEqualTo("Firefox");
				assertThat(session.lastUsedAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MILLIS));
			});
			assertThat(pool.endSession(userId, "session-1b")).isTrue();
			assertThatThrownBy(() -> pool.refresh("refresh-2")).isInstanceOf(Unauthenticated.class);
		}

		@Test
		void signsOutEveryOtherSession() throws Exception {
			givenSignIn("session-1", "refresh-1");
			pool.login(email, "Secret-Pass-1", CLIENT);
			givenSignIn("session-2", "refresh-2");
			pool.login(email, "Secret-Pass-1", CLIENT);

			assertThat(pool.endOtherSessions(userId, "session-2")).isEqualTo(1);

			assertThat(pool.sessions(userId)).extracting(SignInSession::id).containsExactly("session-2");
		}

		@Test
		void listsNoSessionThatAPasswordResetEnded() throws Exception {
			givenSignIn("session-1", "refresh-1");
			pool.login(email, "Secret-Pass-1", CLIENT);

			pool.resetPassword(email, "123456", "Brand-New-Pass-1");

			assertThat(pool.sessions(userId)).isEmpty();
		}

	}

	private void givenUser(boolean enabled, Role role) {
		when(cognito.adminGetUser(any(Consumer.class))).thenReturn(AdminGetUserResponse.builder()
			.username(userId)
			.userAttributes(attribute("sub", userId), attribute("email", email), attribute("email_verified", "true"))
			.enabled(enabled)
			.userCreateDate(clock.instant())
			.build());
		when(cognito.adminListGroupsForUser(any(Consumer.class))).thenReturn(AdminListGroupsForUserResponse.builder()
			.groups(GroupType.builder().groupName(role.group()).build())
			.build());
	}

	private void givenSignIn(String sessionId, String refreshToken) throws Exception {
		when(cognito.initiateAuth(any(Consumer.class)))
			.thenReturn(InitiateAuthResponse.builder().authenticationResult(tokens(sessionId, refreshToken)).build());
	}

	/** What Cognito answers a sign-in or refresh with: an ID token of the session, signed by a key of its own. */
	private AuthenticationResultType tokens(String sessionId, String refreshToken) throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("cognito-key").keyUse(KeyUse.SIGNATURE).generate();
		String idToken = TokenIssuer.sign(new JWTClaimsSet.Builder().subject(userId)
			.claim("token_use", "id")
			.claim(TokenIssuer.SESSION_CLAIM, sessionId)
			.claim("auth_time", clock.instant().getEpochSecond())
			.expirationTime(new Date(clock.millis() + 3_600_000))
			.build(), key);
		return AuthenticationResultType.builder()
			.idToken(idToken)
			.accessToken("access")
			.refreshToken(refreshToken)
			.expiresIn(3600)
			.build();
	}

	/** A verified Cognito ID token as the decoder hands it on. */
	private Jwt token(String sessionId, Role role, long authTime) {
		return Jwt.withTokenValue("token-" + sessionId)
			.header("alg", "RS256")
			.subject(userId)
			.claims(claims -> claims.putAll(Map.of(TokenIssuer.SESSION_CLAIM, sessionId, "auth_time", authTime,
					Role.GROUPS_CLAIM, List.of(role.group()))))
			.build();
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

}
