package dev.stratus.workspace.internal.deploy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a secret in a line of build or app output before anyone can read it: values of
 * {@code password=}, {@code secret:}, {@code token=}-like settings, bearer tokens, JWTs, AWS access key ids and
 * passwords in URLs. It also drops terminal escapes and control characters, which a console would interpret.
 */
final class LogRedaction {

	private static final String MASK = "***";

	private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|[\\p{Cntrl}&&[^\t]]");

	private static final Pattern NAMED_SECRET = Pattern.compile(
			"(?i)([\\w.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|credentials?|private[_-]?key)"
					+ "[\\w.-]*\"?\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;&]+)");

	private static final List<Pattern> SECRETS = List.of(Pattern.compile("(?i)(?<=\\bbearer\\s)[\\w.~+/=-]+"),
			Pattern.compile("\\beyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+"), Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"),
			Pattern.compile("(?<=://)[^/\\s:@]+:[^/\\s@]+(?=@)"));

	private LogRedaction() {
	}

	static String clean(String line) {
		String text = ESCAPES.matcher(line).replaceAll("");
		text = NAMED_SECRET.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
		for (Pattern secret : SECRETS) {
			text = secret.matcher(text).replaceAll(MASK);
		}
		return text;
	}

}
