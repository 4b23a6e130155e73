package dev.stratus.workspace.internal.assistant;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks, recognised by keywords: the local analyser answers each intent it finds, and the
 * assistant requests a generation only for {@link Intent#GENERATE}. A question may carry several intents;
 * {@link Intent#HELP} counts only when it carries no other.
 */
public final class Intents {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** Asking for code: "generate code", "start a generation"; the object keeps "generate a summary" out. */
	private static final Pattern REQUEST = Pattern.compile("\\b(?:re)?generate\\s+(?:[\\w-]+\\s+){0,3}?"
			+ "(?:code|project|app|application|sources?|service|backend|api)\\b"
			+ "|\\b(?:start|run|kick\\s+off|queue|trigger|request|launch)\\s+(?:[\\w-]+\\s+){0,2}?"
			+ "(?:code\\s+)?generation\\b"
			+ "|^\\W*(?:re)?generate\\W*$", FLAGS);

	/** Words before a request that turn it into a refusal or a question about how ("how do I generate code?"). */
	private static final Pattern NOT_A_REQUEST = Pattern
		.compile("\\b(?:don'?t|do\\s+not|never|not|without|no\\s+need|how\\s+(?:do|can|would|should|to))\\b", FLAGS);

	/** Explaining words keep the schema's explanation beside its problems ("explain and check the schema"). */
	private static final Pattern EXPLAIN = Pattern.compile("\\b(?:explain|describe|walk\\s+me)\\b", FLAGS);

	private Intents() {
	}

	/** What a question can ask, in the order the analyser answers them. */
	public enum Intent {

		GENERATE(REQUEST),
		GENERATIONS("\\bgenerat(?:e|ed|es|ion|ions|ing)\\b"),
		DEPLOYMENT("\\b(?:deploy\\w*|logs?|crash\\w*|outage|went\\s+down)\\b"),
		PROBLEMS("\\b(?:problems?|issues?|wrong|check|review|lint|improve\\w*|warnings?|mistakes?|missing|fix"
				+ "|reject\\w*|validate|index\\w*|keys?|smells?)\\b"),
		SCHEMA("\\b(?:schema|entit(?:y|ies)|fields?|relations?(?:hips?)?|tables?|explain|describe|structure)\\b"),
		ACTIVITY("\\b(?:activit(?:y|ies)|recent(?:ly)?|happened|changes|changed|lately|timeline|who\\s+did)\\b"),
		HELP("\\b(?:help|hi|hello|hey|what\\s+can\\s+you|capabilit\\w*|commands?|who\\s+are\\s+you"
				+ "|what\\s+are\\s+you)\\b");

		private final Pattern pattern;

		Intent(String regex) {
			this(Pattern.compile(regex, FLAGS));
		}

		Intent(Pattern pattern) {
			this.pattern = pattern;
		}

	}

	/** Every intent the question carries; empty for none the analyser knows. */
	public static Set<Intent> of(String question) {
		Set<Intent> intents = EnumSet.noneOf(Intent.class);
		for (Intent intent : Intent.values()) {
			if (intent == Intent.GENERATE ? asksToGenerate(question) : intent.pattern.matcher(question).find()) {
				intents.add(intent);
			}
		}
		if (intents.contains(Intent.GENERATE)) {
			// The answer to a request says how the request went; a list of earlier generations would bury it.
			intents.remove(Intent.GENERATIONS);
		}
		if (intents.contains(Intent.PROBLEMS) && !EXPLAIN.matcher(question).find()) {
			// "Check the schema" asks for its problems, not for an explanation of all of it.
			intents.remove(Intent.SCHEMA);
		}
		if (intents.size() > 1) {
			intents.remove(Intent.HELP);
		}
		return intents;
	}

	/** Whether the question asks for code to be generated now (and not how, or not to). */
	public static boolean asksToGenerate(String question) {
		Matcher request = REQUEST.matcher(question);
		while (request.find()) {
			String before = sentenceBefore(question, request.start());
			if (!NOT_A_REQUEST.matcher(before).find()) {
				return true;
			}
		}
		return false;
	}

	private static String sentenceBefore(String text, int end) {
		int start = Math.max(Math.max(text.lastIndexOf('.', end - 1), text.lastIndexOf('?', end - 1)),
				Math.max(text.lastIndexOf('!', end - 1), text.lastIndexOf('\n', end - 1)));
		return text.substring(start + 1, end);
	}

}
