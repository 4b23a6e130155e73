package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.stratus.identity.Registration;
import dev.stratus.identity.internal.CognitoConfiguration.CognitoPool;
import dev.stratus.platform.errors.DomainException;
import dev.stratus.platform.errors.Duplicate;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.Unauthenticated;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.web.FixedPageTokens;
import dev.stratus.platform.web.PageTokens;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Cognito adapter against hand-built Cognito answers, for what moto cannot do ({@link CognitoOnMotoTests} covers
 * the rest): wrong and expired codes (moto accepts any), Cognito's password-policy message, resend for an unknown
 * email, {@code GetTokensFromRefreshToken} (not in moto 5.2.1) and the sign-out after a password reset.
 */
@SuppressWarnings("unchecked")
class CognitoUserPoolTests {

	private static final String USER_ID = "5f1c2d3e-0000-4000-8000-000000000001";

	private final CognitoIdentityProviderClient cognito = mock(CognitoIdentityProviderClient.class);

	private final CognitoPool settings = new CognitoPool("eu-west-1_AbCdEf", "client-123");

	private final PageTokens pages = FixedPageTokens.create();

	private final CognitoSessions sessions = mock(CognitoSessions.class);

	private final CognitoUserPool pool = new CognitoUserPool(cognito, settings, pages, sessions,
			mock(AdminChangeLock.class), Clock.systemUTC());

	@Test
	void derivesIssuerAndKeysFromThePoolId() {
		assertThat(settings.issuer()).isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf");
		assertThat(settings.jwksUri()).endsWith("/eu-west-1_AbCdEf/.well-known/jwks.json");
	}


	@Test
	void mapsSignUpErrorsToTheContract() {
		when(cognito.signUp(any(Consumer.class))).thenThrow(UsernameExistsException.builder().message("taken").build());
		assertThat(code(() -> pool.register(new Registration("a@example.test", "Secret-Pass-1", "A"))))
			.isEqualTo(Duplicate.class);

		when(cognito.signUp(any(Consumer.class))).thenThrow(InvalidPasswordException.builder()
			.awsErrorDetails(AwsErrorDetails.builder().errorMessage("Password must have symbols").build())
			.build());
		assertThat(code(() -> pool.register(new Registration("a@example.test", "Secret-Pass-1", "A"))))
			.isEqualTo(InvalidInput.class);
	}

	@Test
	void turnsAWrongOrExpiredCodeIntoAValidationError() {
		when(cognito.confirmSignUp(any(Consumer.class)))
			.thenThrow(ExpiredCodeException.builder().message("expired").build());

		assertThat(code(() -> pool.confirm("a@example.test", "123456"))).isEqualTo(InvalidInput.class);
		var confirm = captured(ConfirmSignUpRequest.builder(), c -> verify(cognito).confirmSignUp(c.capture()));
		assertThat(confirm.confirmationCode()).isEqualTo("123456");
	}

	@Test
	void answersResendForAnUnknownEmailWithoutAnError() {
		when(cognito.resendConfirmationCode(any(Consumer.class)))
			.thenThrow(UserNotFoundException.builder().message("no such user").build());

		pool.resendCode("ghost@example.test");

		var resend = captured(ResendConfirmationCodeRequest.builder(),
				c -> verify(cognito).resendConfirmationCode(c.capture()));
		assertThat(resend.username()).isEqualTo("ghost@example.test");
	}



	@Test
	void refreshesWithRotationAndKeepsTheOldTokenWhenCognitoSendsNone() throws Exception {
		givenUser(Role.USER);
		when(cognito.getTokensFromRefreshToken(any(Consumer.class))).thenReturn(GetTokensFromRefreshTokenResponse
			.builder()
			.authenticationResult(AuthenticationResultType.builder().idToken(idToken())
					.accessToken("a").expiresIn(3600).build())
			.build());

		assertThat(pool.refresh("refresh-1").refreshToken()).isEqualTo("refresh-1");

		when(cognito.getTokensFromRefreshToken(any(Consumer.class)))
			.thenThrow(NotAuthorizedException.builder().message("Refresh Token has been revoked").build());
		assertThat(code(() -> pool.refresh("refresh-1"))).isEqualTo(Unauthenticated.class);
		var request = captured(GetTokensFromRefreshTokenRequest.builder(),
				c -> verify(cognito, org.mockito.Mockito.times(2)).getTokensFromRefreshToken(c.capture()));
		assertThat(request.clientId()).isEqualTo("client-123");
	}

	@Test
	void signsEverySessionOutAfterAPasswordReset() {
		pool.resetPassword("ada@example.test", "123456", "Brand-New-Pass-1");

		var reset = captured(ConfirmForgotPasswordRequest.builder(),
				c -> verify(cognito).confirmForgotPassword(c.capture()));
		assertThat(reset.password()).isEqualTo("Brand-New-Pass-1");
		var signOut = captured(AdminUserGlobalSignOutRequest.builder(),
				c -> verify(cognito).adminUserGlobalSignOut(c.capture()));
		assertThat(signOut.username()).isEqualTo("ada@example.test");
	}

	@Test
	void signsNobodyOutWhenTheResetCodeIsWrong() {
		when(cognito.confirmForgotPassword(any(Consumer.class)))
			.thenThrow(ExpiredCodeException.builder().message("expired").build());

		assertThat(code(() -> pool.resetPassword("ada@example.test", "123456", "Brand-New-Pass-1")))
			.isEqualTo(InvalidInput.class);
		verify(cognito, never()).adminUserGlobalSignOut(any(Consumer.class));
	}



	private void givenUser(Role role) {
		when(cognito.adminGetUser(any(Consumer.class))).thenReturn(AdminGetUserResponse.builder()
			.username(USER_ID)
			.userAttributes(attributes())
			.enabled(true)
			.userCreateDate(Instant.parse("2024-01-15T10:30:00Z"))
			.build());
		givenGroups(role);
	}

	private void givenGroups(Role role) {
		when(cognito.adminListGroupsForUser(any(Consumer.class))).thenReturn(AdminListGroupsForUserResponse.builder()
			.groups(GroupType.builder().groupName(role.group()).build())
			.build());
	}

	private static List<AttributeType> attributes() {
		return List.of(AttributeType.builder().name("sub").value(USER_ID).build(),
				AttributeType.builder().name("email").value("ada@example.test").build(),
				AttributeType.builder().name("email_verified").value("true").build(),
				AttributeType.builder().name("name").value("Ada").build());
	}

	private static String idToken() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("cognito-key").keyUse(KeyUse.SIGNATURE).generate();
		return TokenIssuer.sign(new JWTClaimsSet.Builder().subject(USER_ID)
			.claim("token_use", "id")
			.expirationTime(new Date(System.currentTimeMillis() + 3_600_000))
			.build(), key);
	}

	private static Class<? extends DomainException> code(Runnable call) {
		try {
			call.run();
		}
		catch (DomainException ex) {
			return ex.getClass();
		}
		throw new AssertionError("Expected a DomainException");
	}

	/** The request a lambda-style SDK call built, captured from the mock. */
	private static <B extends SdkBuilder<B, R>, R> R captured(B builder,
			Consumer<ArgumentCaptor<Consumer<B>>> verification) {
		ArgumentCaptor<Consumer<B>> captor = ArgumentCaptor.forClass(Consumer.class);
		verification.accept(captor);
		return build(builder, captor.getValue());
	}

	private static <B extends SdkBuilder<B, R>, R> R build(B builder, Consumer<B> consumer) {
		consumer.accept(builder);
		return builder.build();
	}


}
