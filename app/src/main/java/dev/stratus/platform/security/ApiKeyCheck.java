package dev.stratus.platform.security;

import org.jspecify.annotations.Nullable;

/**
 * The port behind {@code X-Api-Key}: the platform asks it who a presented key belongs to and
 * whether the key's usage plan lets one more request through; the identity module answers. Both
 * are called on every keyed request, so neither may touch the database on its hot path.
 */
public interface ApiKeyCheck {

	/**
	 * @param presentedKey the header's value, untrusted and never to be logged
	 * @return the key's holder, or null when the key is unknown, revoked or expired (which of the three
	 * is never told)
	 */
	@Nullable
	KeyHolder resolve(String presentedKey);

	/** Counts the request against the key's usage plan, or refuses it when either limit is used up. */
	Admission admit(KeyHolder holder);

}
