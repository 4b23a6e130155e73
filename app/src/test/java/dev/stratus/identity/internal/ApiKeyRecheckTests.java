package dev.stratus.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.SettableClock;
import dev.stratus.identity.ApiKey.Scope;
import dev.stratus.identity.NewApiKey;
import dev.stratus.identity.UserChange;
import dev.stratus.identity.UserPool;
import dev.stratus.platform.security.Admission;
import dev.stratus.platform.security.KeyHolder;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fresh the check behind every keyed request is, and how the daily quota is shared between
 * instances, on a clock the test moves: two {@link ApiKeyGate}s and two {@link ApiKeyUsage}s stand
 * for two instances over one table.
 */
@IntegrationTest
class ApiKeyRecheckTests {

	@Autowired
	ApiKeyStore store;

	@Autowired
	ApiKeySecrets secrets;

	@Autowired
	UserPool pool;

	@Autowired
	Users users;

	final SettableClock clock = new SettableClock();

	ApiKeyUsage usage;

	ApiKeyUsage otherUsage;

	ApiKeyGate gate;

	ApiKeyGate otherGate;

	String ownerId;

	@BeforeEach
	void twoInstances() {
		usage = new ApiKeyUsage(store, clock);
		otherUsage = new ApiKeyUsage(store, clock);
		gate = new ApiKeyGate(secrets, store, usage, pool, clock);
		otherGate = new ApiKeyGate(secrets, store, otherUsage, pool, clock);
		String id = UUID.randomUUID().toString();
		users.create(new UserRecord(id, "keys-" + id + "@example.test", "Key Owner", "not-a-real-hash", Role.ADMIN,
				true, false, Instant.parse("2024-01-15T10:30:00.000Z"), 0), null);
		ownerId = id;
	}

	@Test
	void refusesAKeyRevokedOnAnotherInstanceOnceItsStateIsStale() {
		ApiKeyStore.Created key = create(60, 1000);
		assertThat(gate.resolve(key.key())).isNotNull();

		store.revoke(key.record().prefix(), clock.instant());
		otherGate.forget(key.record().prefix());

		assertThat(otherGate.resolve(key.key())).as("the instance that revoked it").isNull();
		assertThat(gate.resolve(key.key())).as("still within the window").isNotNull();
		clock.advance(ApiKeyGate.STALE_AFTER);
		assertThat(gate.resolve(key.key())).isNull();
	}

	@Test
	void refusesAKeyTheMomentItExpires() {
		ApiKeyStore.Created key = store.create(ownerId, new NewApiKey("Expiring", Set.of(Scope.CUSTOMERS_READ),
				clock.instant().plusSeconds(1), 60, 1000), clock.instant());
		assertThat(gate.resolve(key.key())).isNotNull();

		clock.advance(Duration.ofSeconds(1));

		assertThat(gate.resolve(key.key())).isNull();
	}

	@Test
	void refusesAKeyWhoseAdminWasDemoted() {
		ApiKeyStore.Created key = create(60, 1000);
		assertThat(gate.resolve(key.key())).isNotNull();

		pool.update(ownerId, new UserChange(Role.USER, null));
		clock.advance(ApiKeyGate.STALE_AFTER);

		assertThat(gate.resolve(key.key())).isNull();
	}

	@Test
	void refusesAWrongSecretBehindARealPrefix() {
		ApiKeyStore.Created key = create(60, 1000);

		String forged = key.record().prefix() + "_" + "A".repeat(43);

		assertThat(gate.resolve(forged)).isNull();
		assertThat(gate.resolve(key.key())).isNotNull();
	}

	@Test
	void sharesTheDailyQuotaBetweenInstancesThroughTheFlush() {
		KeyHolder holder = gate.resolve(create(1000, 5).key());
		assertThat(holder).isNotNull();
		for (int i = 0; i < 3; i++) {
			assertThat(usage.admit(holder).allowed()).isTrue();
		}
		usage.flush();

		assertThat(otherUsage.admit(holder).allowed()).isTrue();
		assertThat(otherUsage.admit(holder).allowed()).isTrue();
		Admission refused = otherUsage.admit(holder);

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.limit()).isEqualTo(5);
		assertThat(store.usage(List.of(holder.prefix()), today()).get(holder.prefix())).isEqualTo(3);
		otherUsage.flush();
		assertThat(store.usage(List.of(holder.prefix()), today()).get(holder.prefix())).isEqualTo(5);
	}

	@Test
	void startsAFreshQuotaAtMidnightUtc() {
		KeyHolder holder = gate.resolve(create(1000, 1).key());
		assertThat(usage.admit(holder).allowed()).isTrue();
		assertThat(usage.admit(holder).allowed()).isFalse();

		clock.advance(Duration.ofDays(1));

		assertThat(usage.admit(holder).allowed()).isTrue();
	}

	@Test
	void refillsTheRatePerMinuteOnTheClock() {
		KeyHolder holder = gate.resolve(create(1, 1000).key());
		assertThat(usage.admit(holder).allowed()).isTrue();
		Admission refused = usage.admit(holder);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);

		clock.advance(Duration.ofMinutes(1));

		assertThat(usage.admit(holder).allowed()).isTrue();
		assertThat(usage.unwritten(holder.prefix()).requests()).as("the refused one is not counted").isEqualTo(2);
	}

	private ApiKeyStore.Created create(int perMinute, long perDay) {
		return store.create(ownerId, new NewApiKey("Rechecked", Set.of(Scope.CUSTOMERS_WRITE), null, perMinute, perDay),
				clock.instant());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
