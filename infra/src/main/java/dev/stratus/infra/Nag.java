package dev.stratus.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;

/** cdk-nag suppressions, each an AWS Solutions rule with the reason it does not apply in words. */
final class Nag {

	private Nag() {
	}

	/** @param rule the rule without its pack, {@code L1} for {@code AwsSolutions-L1} */
	static NagPackSuppression suppression(String rule, String reason) {
		return NagPackSuppression.builder().id("AwsSolutions-" + rule).reason(reason).build();
	}

}
