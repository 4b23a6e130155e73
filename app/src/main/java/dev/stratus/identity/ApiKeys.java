package dev.stratus.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.stratus.identity.internal.ApiKeyGate;
import dev.stratus.identity.internal.ApiKeyRecord;
import dev.stratus.identity.internal.ApiKeyStore;
import dev.stratus.identity.internal.ApiKeyUsage;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.SecurityAlerts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * API keys for machine clients (seed 004's API Gateway keys with usage plans). A key acts for the
 * admin who created it, within its scopes, and is shown once: the server keeps only its HMAC.
 * Revoking or rotating a key counts at once on this instance and within
 * {@link ApiKeyGate#STALE_AFTER} on the others; how keys are checked and counted is
 * {@link ApiKeyGate}'s and {@link ApiKeyUsage}'s business.
 */
@Service
public class ApiKeys {

	private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

	private final ApiKeyStore store;

	private final ApiKeyGate gate;

	private final ApiKeyUsage usage;

	private final Clock clock;

	private final UserPool pool;

	private final SecurityAlerts alerts;

	ApiKeys(ApiKeyStore store, ApiKeyGate gate, ApiKeyUsage usage, Clock clock, UserPool pool,
			SecurityAlerts alerts) {
		this.store = store;
		this.gate = gate;
		this.usage = usage;
		this.clock = clock;
		this.pool = pool;
		this.alerts = alerts;
	}

	/**
	 * @param ownerId the admin creating it, whom the key will act for
	 * @throws InvalidInput when {@code expiresAt} is not in the future
	 */
	public IssuedApiKey create(String ownerId, NewApiKey spec) {
		Instant now = clock.instant();
		if (spec.expiresAt() != null && !spec.expiresAt().isAfter(now)) {
			throw new InvalidInput("expiresAt", "must be in the future");
		}
		IssuedApiKey issued = issue(ownerId, spec, now);
		log.atInfo()
			.addKeyValue("apiKeyId", issued.key().id())
			.addKeyValue("apiKeyPrefix", issued.key().prefix())
			.addKeyValue("userId", ownerId)
			.log("API key created");
		return issued;
	}

	/** Every key, newest first, revoked ones included. */
	public Page<ApiKey> list(int limit, @Nullable String nextToken) {
		Page<ApiKeyRecord> page = store.page(limit, nextToken);
		// This instance's counts go to the table first, so that the stored ones below already hold them.
		usage.flush();
		Instant now = clock.instant();
		List<ApiKeyRecord> records = page.items();
		Map<String, Long> counted = store.usage(records.stream().map(ApiKeyRecord::prefix).toList(),
				LocalDate.ofInstant(now, ZoneOffset.UTC));
		return page.map(record -> {
			ApiKeyUsage.Unwritten here = usage.unwritten(record.prefix());
			return record.view(now, later(record.lastUsedAt(), here.lastUsedAt()),
					counted.getOrDefault(record.prefix(), 0L) + here.requests());
		});
	}

	/**
	 * Stops the key; revoking a revoked key changes nothing. The key stays listed, as revoked.
	 * @throws NotFound for an unknown id
	 */
	public void revoke(String id) {
		ApiKeyRecord record = find(id);
		store.revoke(record.prefix(), clock.instant());
		gate.forget(record.prefix());
		log.atInfo().addKeyValue("apiKeyId", id).addKeyValue("apiKeyPrefix", record.prefix()).log("API key revoked");
	}

	/**
	 * Replaces a key with a new one (new id, new prefix) with the same name, scopes, expiry and usage
	 * plan, acting for the admin who rotates it; the old key keeps working for {@code grace}, then
	 * stops.
	 * @throws NotFound for an unknown id
	 * @throws Conflict when the key is revoked or expired already: there is nothing left to hand over
	 */
	public IssuedApiKey rotate(String ownerId, String id, Duration grace) {
		ApiKeyRecord old = find(id);
		Instant now = clock.instant();
		if (!old.usableAt(now)) {
			throw new Conflict("This API key is revoked or expired; create a new one instead");
		}
		IssuedApiKey issued = issue(ownerId, new NewApiKey(old.name(), old.scopes(), old.expiresAt(),
				old.rateLimitPerMinute(), old.dailyQuota()), now);
		store.revoke(old.prefix(), now.plus(grace));
		gate.forget(old.prefix());
		log.atInfo()
			.addKeyValue("apiKeyId", issued.key().id())
			.addKeyValue("apiKeyPrefix", issued.key().prefix())
			.addKeyValue("rotatedId", id)
			.addKeyValue("graceSeconds", grace.toSeconds())
			.log("API key rotated");
		return issued;
	}

	private IssuedApiKey issue(String ownerId, NewApiKey spec, Instant now) {
		ApiKeyStore.Created created = store.create(ownerId, spec, now);
		alertOwner(ownerId, spec.name());
		// A request with this prefix may have been refused, and remembered, before the key existed.
		gate.forget(created.record().prefix());
		return new IssuedApiKey(created.record().view(now, null, 0), created.key());
	}

	/** A key that acts for an account is news to its owner; an owner the pool no longer knows hears nothing. */
	private void alertOwner(String ownerId, String keyName) {
		String email;
		try {
			email = pool.profile(ownerId).email();
		}
		catch (NotFound gone) {
			return;
		}
		alerts.raise(ownerId, email, "A new API key \"" + keyName + "\" was created to act for your account");
	}

	private ApiKeyRecord find(String id) {
		ApiKeyRecord record = store.byId(id);
		if (record == null) {
			throw new NotFound("API key");
		}
		return record;
	}

	@Nullable
	private static Instant later(@Nullable Instant a, @Nullable Instant b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

}
