package dev.stratus.identity;

import org.jspecify.annotations.Nullable;

/**
 * Who signs in, as the sessions list shows it later: the client address (the platform's rule, so a
 * trusted proxy's {@code X-Forwarded-For} counts) and the {@code User-Agent} header.
 *
 * @param userAgent at most {@link #MAX_USER_AGENT} characters; empty when the client sent none
 */
public record SignInClient(String ipAddress, String userAgent) {

	public static final int MAX_USER_AGENT = 256;

	/** Keeps the start of a long user agent: a header of kilobytes would be stored with every session. */
	public static SignInClient of(String ipAddress, @Nullable String userAgent) {
		String agent = userAgent == null ? "" : userAgent.strip();
		if (agent.length() > MAX_USER_AGENT) {
			int end = Character.isHighSurrogate(agent.charAt(MAX_USER_AGENT - 1)) ? MAX_USER_AGENT - 1
					: MAX_USER_AGENT;
			agent = agent.substring(0, end);
		}
		return new SignInClient(ipAddress, agent);
	}

}
