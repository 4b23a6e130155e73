package dev.stratus.platform.workflow;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A parsed, validated state. {@code next} null means {@code "End": true}; the interpreter gives each
 * kind its meaning.
 */
sealed interface State {

	String name();

	String type();

	record Pass(String name, DataFlow io, @Nullable JsonNode result, @Nullable String next) implements State {

		@Override
		public String type() {
			return "Pass";
		}

	}

	/**
	 * @param timeoutSeconds {@code TimeoutSeconds}, or null
	 * @param timeoutSecondsPath {@code TimeoutSecondsPath} (in the effective input), or null
	 */
	record Task(String name, DataFlow io, TaskResource resource, @Nullable Integer timeoutSeconds,
			@Nullable String timeoutSecondsPath, List<Retrier> retry, List<Catcher> catchers,
			@Nullable String next) implements State {

		@Override
		public String type() {
			return "Task";
		}

	}

	record Choice(String name, DataFlow io, List<Branch> choices, @Nullable String defaultNext) implements State {

		@Override
		public String type() {
			return "Choice";
		}

		/** A top-level rule and where it leads. */
		record Branch(ChoiceRule rule, String next) {
		}

	}

	/**
	 * Exactly one of the four is set.
	 */
	record Wait(String name, DataFlow io, @Nullable Long seconds, @Nullable String secondsPath,
			@Nullable String timestamp, @Nullable String timestampPath, @Nullable String next) implements State {

		@Override
		public String type() {
			return "Wait";
		}

	}

	record Succeed(String name, DataFlow io) implements State {

		@Override
		public String type() {
			return "Succeed";
		}

	}

	record Fail(String name, @Nullable String error, @Nullable String errorPath, @Nullable String cause,
			@Nullable String causePath) implements State {

		@Override
		public String type() {
			return "Fail";
		}

	}

}
