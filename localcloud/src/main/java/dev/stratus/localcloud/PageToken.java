package dev.stratus.localcloud;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A {@code NextToken} of the simulated services: where the next page starts, bound to the query it
 * came from (a token replayed with other filters is refused, as AWS refuses it).
 */
final class PageToken {

	private PageToken() {
	}

	static String next(int offset, String query) {
		String plain = offset + ":" + Integer.toHexString(query.hashCode());
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The offset a token names; 0 without a token.
	 * @throws AwsError {@code errorCode} when the token is not one of ours for this query
	 */
	static int offset(@Nullable String token, String query, String errorCode) {
		if (token == null || token.isEmpty()) {
			return 0;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
			if (parts.length == 2 && parts[1].equals(Integer.toHexString(query.hashCode()))) {
				return Integer.parseInt(parts[0]);
			}
		}
		catch (IllegalArgumentException malformed) {
			// Refused below, as any other foreign token.
		}
		throw new AwsError(errorCode, "The specified pagination token is not valid or is expired.");
	}

}
