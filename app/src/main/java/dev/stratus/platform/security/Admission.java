package dev.stratus.platform.security;

import org.jspecify.annotations.Nullable;

/**
 * A usage plan's answer to one request, with what the {@code X-RateLimit-*} headers say: the
 * limit that refused it, or on success the one closer to refusing.
 *
 * @param refusal why it was refused ({@code "Daily quota of 10000 requests used up"}); null when let through
 * @param resetEpochSecond when the limit starts afresh
 * @param retryAfterSeconds how long a refused client should wait; 0 when let through
 */
public record Admission(@Nullable String refusal, long limit, long remaining, long resetEpochSecond,
		long retryAfterSeconds) {

	public static Admission allowed(long limit, long remaining, long resetEpochSecond) {
		return new Admission(null, limit, remaining, resetEpochSecond, 0);
	}

	public static Admission refused(String why, long limit, long resetEpochSecond, long retryAfterSeconds) {
		return new Admission(why, limit, 0, resetEpochSecond, Math.max(1, retryAfterSeconds));
	}

	public boolean allowed() {
		return refusal == null;
	}

}
