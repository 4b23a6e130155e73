package dev.stratus.identity;

/**
 * A key just made (created or rotated): the only time the key itself is known to the server
 * outside a request, so it is shown once and never again.
 *
 * @param secret the whole key, {@code stx_<8 chars>_<43 chars>}
 */
public record IssuedApiKey(ApiKey key, String secret) {

	@Override
	public String toString() {
		return "IssuedApiKey[id=" + key.id() + ", prefix=" + key.prefix() + "]";
	}

}
