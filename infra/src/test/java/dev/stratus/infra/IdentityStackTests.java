package dev.stratus.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The user pool is what the identity module expects on AWS (README, "AWS mode"). */
class IdentityStackTests {

	private final Template template = Synthesized.template(Synthesized.stacks().stacks.identity());

	@Test
	void signsInWithEmailAsTheUserName() {
		template.hasResourceProperties("AWS::Cognito::UserPool", Match.objectLike(Map.of(
				"UsernameAttributes", List.of("email"),
				"AutoVerifiedAttributes", List.of("email"),
				"UserPoolAddOns", Map.of("AdvancedSecurityMode", Match.anyValue()))));
	}

	@Test
	void hasTheFourRoleGroupsHighestFirst() {
		template.resourceCountIs("AWS::Cognito::UserPoolGroup", 4);
		for (int precedence = 0; precedence < IdentityStack.GROUPS.size(); precedence++) {
			template.hasResourceProperties("AWS::Cognito::UserPoolGroup", Match.objectLike(Map.of(
					"GroupName", IdentityStack.GROUPS.get(precedence), "Precedence", precedence)));
		}
	}

	@Test
	void hasOneClientWithPasswordSignInNoSecretAndRevocableRotatedTokens() {
		template.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
		template.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
				"ExplicitAuthFlows", List.of("ALLOW_USER_PASSWORD_AUTH"),
				"AllowedOAuthFlows", Match.absent(),
				"GenerateSecret", false,
				"EnableTokenRevocation", true,
				"RefreshTokenRotation", Match.objectLike(Map.of("Feature", "ENABLED")))));
	}

}
