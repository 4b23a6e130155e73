package dev.stratus.infra;

import java.util.List;


import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** cdk-nag's AWS Solutions checks pass on every stack: each finding is fixed or suppressed with its reason. */
class NagTests {

	@Test
	void leavesNoUnsuppressedErrors() {
		for (Stack stack : Synthesized.stacks().stacks.all()) {
			List<SynthesisMessage> errors = Annotations.fromStack(stack).findError("*",
					Match.stringLikeRegexp("AwsSolutions-.*"));
			assertThat(errors).as(stack.getStackName() + ": " + describe(errors)).isEmpty();
		}
	}

	@Test
	void leavesNoUnsuppressedWarnings() {
		for (Stack stack : Synthesized.stacks().stacks.all()) {
			List<SynthesisMessage> warnings = Annotations.fromStack(stack).findWarning("*",
					Match.stringLikeRegexp("AwsSolutions-.*"));
			assertThat(warnings).as(stack.getStackName() + ": " + describe(warnings)).isEmpty();
		}
	}

	@Test
	void givesSynthNoErrorToStopOn() {
		assertThat(StratusInfra.errors(Synthesized.stacks().assembly)).isEmpty();
	}

	private static String describe(List<SynthesisMessage> messages) {
		StringBuilder text = new StringBuilder();
		messages.forEach(message -> text.append("\n").append(message.getId()).append(": ").append(
				String.valueOf(message.getEntry().getData()).lines().findFirst().orElse("")));
		return text.toString();
	}


}
