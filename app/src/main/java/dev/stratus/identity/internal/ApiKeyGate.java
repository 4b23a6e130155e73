package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stratus.identity.UserPool;
import dev.stratus.identity.UserProfile;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.Admission;
import dev.stratus.platform.security.ApiKeyCheck;
import dev.stratus.platform.security.KeyHolder;
import dev.stratus.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a presented key without a database round trip per request: a key's item (and whether
 * its owner is still an active admin) is read at most once per {@link #STALE_AFTER} per instance,
 * and a prefix that has no key is remembered for as long, so a flood of one bad key reads nothing.
 * Expiry and the end of a grace period are checked against the clock at every request, so they count
 * to the millisecond; a revocation or rotation on another instance counts within {@link #STALE_AFTER},
 * one through this instance at once ({@link #forget}). Both caches are bounded.
 */
@Component
public class ApiKeyGate implements ApiKeyCheck {

	/** How long a key's state read from the table is trusted. The contract says "within 5 s". */
	public static final Duration STALE_AFTER = Duration.ofSeconds(5);

	private static final int MAX_KEYS = 10_000;

	private final ApiKeySecrets secrets;

	private final ApiKeyStore store;

	private final ApiKeyUsage usage;

	private final UserPool pool;

	private final Clock clock;

	private final Cache<String, Known> known;

	/** Prefixes that have no key; a separate cache, so bad keys cannot push the good ones out. */
	private final Cache<String, Boolean> unknown;

	ApiKeyGate(ApiKeySecrets secrets, ApiKeyStore store, ApiKeyUsage usage, UserPool pool, Clock clock) {
		this.secrets = secrets;
		this.store = store;
		this.usage = usage;
		this.pool = pool;
		this.clock = clock;
		this.known = cache();
		this.unknown = cache();
	}

	private <V> Cache<String, V> cache() {
		return Caffeine.newBuilder()
			.expireAfterWrite(STALE_AFTER)
			.maximumSize(MAX_KEYS)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	@Override
	@Nullable
	public KeyHolder resolve(String presentedKey) {
		String prefix = secrets.prefixOf(presentedKey);
		if (prefix == null || unknown.getIfPresent(prefix) != null) {
			return null;
		}
		Known key = known.getIfPresent(prefix);
		if (key == null) {
			key = load(prefix);
			if (key == null) {
				unknown.put(prefix, Boolean.TRUE);
				return null;
			}
			known.put(prefix, key);
		}
		ApiKeyRecord record = key.record();
		if (!key.ownerActive() || !record.usableAt(clock.instant()) || !secrets.matches(presentedKey, record.hash())) {
			return null;
		}
		return new KeyHolder(record.id(), record.prefix(), record.createdBy(), record.grantedScopes(),
				new KeyHolder.UsagePlan(record.rateLimitPerMinute(), record.dailyQuota()));
	}

	@Override
	public Admission admit(KeyHolder holder) {
		return usage.admit(holder);
	}

	/** Makes the next request with this prefix read the key again: after a change made here. */
	public void forget(String prefix) {
		known.invalidate(prefix);
		unknown.invalidate(prefix);
	}

	@Nullable
	private Known load(String prefix) {
		ApiKeyRecord record = store.byPrefix(prefix);
		return record == null ? null : new Known(record, ownerActive(record.createdBy()));
	}

	/** A key acts for an admin: one who was demoted, disabled or removed takes the key's power along. */
	private boolean ownerActive(String userId) {
		try {
			UserProfile owner = pool.profile(userId);
			return owner.role() == Role.ADMIN && !owner.disabled();
		}
		catch (NotFound gone) {
			return false;
		}
	}

	private record Known(ApiKeyRecord record, boolean ownerActive) {
	}

}
