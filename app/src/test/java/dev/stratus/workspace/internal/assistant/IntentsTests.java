package dev.stratus.workspace.internal.assistant;

import dev.stratus.workspace.internal.assistant.Intents.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How questions are read: above all, which ones start a code generation. */
class IntentsTests {

	@ParameterizedTest
	@ValueSource(strings = { "generate code", "Generate the project please", "Please start a code generation",
			"Can you regenerate the app?", "Generate!", "kick off a new generation",
			"Explain the schema. Then generate the code." })
	void takesRequestsForCodeAsRequests(String question) {
		assertThat(Intents.asksToGenerate(question)).isTrue();
		assertThat(Intents.of(question)).contains(Intent.GENERATE).doesNotContain(Intent.GENERATIONS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "How do I generate code?", "Don't generate code yet", "do not start a generation",
			"generate a summary of recent activity", "Is the generated code ready?", "Why did the generation fail?",
			"list the generations" })
	void doesNotStartAGenerationForQuestionsAboutOne(String question) {
		assertThat(Intents.asksToGenerate(question)).isFalse();
		assertThat(Intents.of(question)).doesNotContain(Intent.GENERATE);
	}

	@Test
	void readsEveryIntentOfAQuestionInTheOrderTheyAreAnswered() {
		assertThat(Intents.of("What happened lately, and why did the deploy crash?"))
			.containsExactly(Intent.DEPLOYMENT, Intent.ACTIVITY);
	}

	@Test
	void takesCheckingTheSchemaAsAskingForItsProblems() {
		assertThat(Intents.of("Check the schema")).containsExactly(Intent.PROBLEMS);
		assertThat(Intents.of("Explain the schema and check it")).containsExactly(Intent.PROBLEMS, Intent.SCHEMA);
	}

	@Test
	void countsHelpOnlyWhenNothingElseIsAsked() {
		assertThat(Intents.of("help")).containsExactly(Intent.HELP);
		assertThat(Intents.of("Hello!")).containsExactly(Intent.HELP);
		assertThat(Intents.of("help me explain the schema")).containsExactly(Intent.SCHEMA);
	}

	@Test
	void findsNothingInQuestionsAboutOtherThings() {
		assertThat(Intents.of("What is the capital of Portugal?")).isEmpty();
	}

}
