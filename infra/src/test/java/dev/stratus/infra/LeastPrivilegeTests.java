package dev.stratus.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every IAM policy in every template (inline, and the managed ones CDK makes when a role's policy overflows) names
 * its actions: no {@code *} and no whole-service wildcard such as {@code dynamodb:*}.
 */
class LeastPrivilegeTests {

	private static final List<String> POLICY_TYPES = List.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy");

	private static final Pattern SERVICE_WILDCARD = Pattern.compile("(\\*|[a-z0-9-]+:\\*)");

	private final Synthesized synthesized = Synthesized.stacks();

	@Test
	void grantsNoWildcardActions() {
		List<String> wildcards = new ArrayList<>();
		int policies = 0;
		for (Stack stack : synthesized.stacks.all()) {
			for (String type : POLICY_TYPES) {
				Map<String, Map<String, Object>> found = Template.fromStack(stack).findResources(type);
				policies += found.size();
				found.forEach((id, policy) -> actions(policy).stream()
					.filter(action -> SERVICE_WILDCARD.matcher(action).matches())
					.forEach(action -> wildcards.add(stack.getStackName() + "/" + id + ": " + action)));
			}
		}
		assertThat(policies).isGreaterThan(10);
		assertThat(wildcards).isEmpty();
	}

	@Test
	void givesAQueueWorkerNoTableItsJobDoesNotTouch() {
		String orders = policyText("JobOrders");
		assertThat(orders).contains("InventoryTable").contains("IdentityTable").contains("OrdersQueue");
		assertThat(orders).doesNotContain("WorkspaceTable").doesNotContain("CustomersTable")
			.doesNotContain("WorkspaceBucket").doesNotContain("cognito-idp").doesNotContain("ec2:");
	}

	@Test
	void letsOnlyTheApiAdministerTheUserPool() {
		for (String type : POLICY_TYPES) {
			Template.fromStack(synthesized.stacks.api()).findResources(type).forEach((id, policy) -> {
				if (!id.startsWith("ApiFunction")) {
					assertThat(String.valueOf(policy)).as(id).doesNotContain("cognito-idp:");
				}
			});
		}
	}

	private String policyText(String functionId) {
		StringBuilder text = new StringBuilder();
		for (String type : POLICY_TYPES) {
			Template.fromStack(synthesized.stacks.api()).findResources(type).forEach((id, policy) -> {
				if (id.startsWith(functionId)) {
					text.append(policy);
				}
			});
		}
		return text.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<String> actions(Map<String, Object> policy) {
		Map<String, Object> properties = (Map<String, Object>) policy.get("Properties");
		Map<String, Object> document = (Map<String, Object>) properties.get("PolicyDocument");
		List<String> actions = new ArrayList<>();
		for (Map<String, Object> statement : (List<Map<String, Object>>) document.get("Statement")) {
			Object action = statement.get("Action");
			if (action instanceof List<?> list) {
				list.forEach(item -> actions.add(String.valueOf(item)));
			}
			else {
				actions.add(String.valueOf(action));
			}
		}
		return actions;
	}

}
