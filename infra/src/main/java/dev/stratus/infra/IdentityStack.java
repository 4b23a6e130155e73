package dev.stratus.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardAttribute;
import software.amazon.awscdk.services.cognito.StandardAttributes;
import software.amazon.awscdk.services.cognito.StandardThreatProtectionMode;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolGroup;
import software.amazon.awscdk.services.cognito.UserPoolGroupProps;
import software.amazon.awscdk.services.cognito.UserPoolProps;
import software.constructs.Construct;

/**
 * The Cognito user pool the identity module uses on AWS (README, "AWS mode"): email as the user name, the
 * groups {@code admin}, {@code manager}, {@code user}, {@code guest}, and one app client with
 * {@code USER_PASSWORD_AUTH}, no secret, refresh-token rotation (the app refreshes with
 * {@code GetTokensFromRefreshToken}) and token revocation.
 */
public final class IdentityStack extends Stack {

	/** The roles, highest first: Cognito picks the role of the group with the lowest precedence. */
	static final List<String> GROUPS = List.of("admin", "manager", "user", "guest");

	private final UserPool users;

	private final UserPoolClient client;

	IdentityStack(Construct scope, String id, StackProps props) {
		super(scope, id, props);
		users = new UserPool(this, "Users", UserPoolProps.builder()
			.userPoolName(Names.physical("users"))
			.signInAliases(SignInAliases.builder().email(true).build())
			.selfSignUpEnabled(true)
			.autoVerify(AutoVerifiedAttrs.builder().email(true).build())
			.standardAttributes(StandardAttributes.builder()
				.email(StandardAttribute.builder().required(true).mutable(true).build())
				.fullname(StandardAttribute.builder().required(false).mutable(true).build())
				.build())
			// The API's own policy (docs/API.md): 8 characters with an upper-case letter, a lower-case one and a digit.
			.passwordPolicy(PasswordPolicy.builder()
				.minLength(8)
				.requireUppercase(true)
				.requireLowercase(true)
				.requireDigits(true)
				.requireSymbols(false)
				.build())
			.accountRecovery(AccountRecovery.EMAIL_ONLY)
			.mfa(Mfa.OPTIONAL)
			.mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
			.featurePlan(FeaturePlan.PLUS)
			.standardThreatProtectionMode(StandardThreatProtectionMode.FULL_FUNCTION)
			.deletionProtection(true)
			.removalPolicy(RemovalPolicy.RETAIN)
			.build());
		for (int precedence = 0; precedence < GROUPS.size(); precedence++) {
			String group = GROUPS.get(precedence);
			new UserPoolGroup(this, Names.pascal(group) + "Group", UserPoolGroupProps.builder()
				.userPool(users)
				.groupName(group)
				.precedence(precedence)
				.build());
		}
		client = users.addClient("App", UserPoolClientOptions.builder()
			.userPoolClientName(Names.physical("app"))
			.authFlows(AuthFlow.builder().userPassword(true).build())
			.generateSecret(false)
			// Sign-in goes through the app's API only; no hosted UI, so no OAuth flows or callback URLs.
			.disableOAuth(true)
			.enableTokenRevocation(true)
			.refreshTokenRotationGracePeriod(Duration.seconds(10))
			.preventUserExistenceErrors(true)
			.idTokenValidity(Duration.hours(1))
			.accessTokenValidity(Duration.hours(1))
			.refreshTokenValidity(Duration.days(30))
			.build());
		NagSuppressions.addResourceSuppressions(users, List.of(
				Nag.suppression("COG1", "The password policy is the API's contract (docs/API.md: 8 characters with "
						+ "an upper-case letter, a lower-case one and a digit), the same as in local mode, so a "
						+ "password that works locally works on AWS; threat protection also refuses passwords "
						+ "known to be compromised"),
				Nag.suppression("COG2", "MFA is offered (authenticator apps) but not forced: the API's sign-in flow "
						+ "is password-based for every role (docs/API.md), and threat protection in full-function "
						+ "mode blocks risky sign-ins")));
		new CfnOutput(this, "UserPoolId", CfnOutputProps.builder()
			.value(users.getUserPoolId())
			.description("STRATUS_COGNITO_USER_POOL_ID")
			.build());
		new CfnOutput(this, "UserPoolClientId", CfnOutputProps.builder()
			.value(client.getUserPoolClientId())
			.description("STRATUS_COGNITO_CLIENT_ID")
			.build());
	}

	UserPool users() {
		return users;
	}

	UserPoolClient client() {
		return client;
	}

}
