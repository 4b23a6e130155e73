package dev.stratus.identity.internal;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.stratus.identity.internal.IdentityTable.Items;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static dev.stratus.identity.internal.IdentityTable.Items.s;

/**
 * The local pool's RS256 keys, kept in the identity table so every instance signs and verifies
 * with the same ones and a restart logs nobody out. The newest key signs; older keys stay
 * published until the tokens they signed have expired, which is what makes rotation seamless.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
public class SigningKeys implements JWKSource<SecurityContext> {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final String PK = "SIGNING_KEY";

	/** Tokens live an hour; a replaced key stays a little longer for clock skew. */
	private static final Duration RETIRE_AFTER = TokenIssuer.LIFETIME.plusMinutes(5);

	/** An unknown kid triggers a reload (another instance may have rotated), at most this often. */
	private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(10);

	private final Items items;

	private final Clock clock;

	private volatile List<StoredKey> keys;

	/** What tokens are verified against: only the public halves, built once per change of keys. */
	private volatile JWKSet publicKeys;

	private volatile long loadedAt;

	@Autowired
	SigningKeys(Items items) {
		this(items, Clock.systemUTC());
	}

	SigningKeys(Items items, Clock clock) {
		this.items = items;
		this.clock = clock;
		List<StoredKey> stored = load();
		if (stored.isEmpty()) {
			add();
			stored = load();
		}
		use(stored);
	}

	/** The key new tokens are signed with. */
	RSAKey current() {
		return keys.get(0).jwk();
	}

	/** The public halves of every key still accepted. */
	public JWKSet publicKeys() {
		return publicKeys;
	}

	/**
	 * Makes a new key the signing key. Tokens signed by the previous one keep working until they
	 * expire; keys replaced longer ago than that are dropped.
	 * @return the new key's id
	 */
	public synchronized String rotate() {
		String kid = add();
		List<StoredKey> all = load();
		List<StoredKey> kept = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			StoredKey key = all.get(i);
			boolean replacedLongAgo = i > 0 && all.get(i - 1).createdAt() + RETIRE_AFTER.toMillis() < clock.millis();
			if (replacedLongAgo) {
				items.dynamo().deleteItem(b -> b.tableName(items.table()).key(IdentityTable.Items.key(PK, key.sk())));
			}
			else {
				kept.add(key);
			}
		}
		use(kept);
		log.info("Signing key rotated; kid={} keysPublished={}", kid, kept.size());
		return kid;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		List<JWK> found = selector.select(publicKeys);
		if (found.isEmpty() && clock.millis() - loadedAt > RELOAD_AT_MOST_EVERY.toMillis()) {
			use(load());
			found = selector.select(publicKeys);
		}
		return found;
	}

	private void use(List<StoredKey> stored) {
		keys = List.copyOf(stored);
		publicKeys = new JWKSet(stored.stream().map(key -> (JWK) key.jwk().toPublicJWK()).toList());
		loadedAt = clock.millis();
	}

	private String add() {
		try {
			long now = clock.millis();
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
			// Sort keys are zero-padded creation times, so a query reads the newest first.
			String sk = "KEY#%015d#%s".formatted(now, key.getKeyID());
			Map<String, AttributeValue> item = IdentityTable.Items.key(PK, sk);
			item.put("jwk", s(key.toJSONString()));
			item.put("createdAt", IdentityTable.Items.n(now));
			items.dynamo().putItem(b -> b.tableName(items.table()).item(item));
			return key.getKeyID();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	private List<StoredKey> load() {
		return items.dynamo()
			.queryPaginator(b -> b.tableName(items.table())
				.keyConditionExpression("PK = :pk")
				.expressionAttributeValues(Map.of(":pk", s(PK)))
				.scanIndexForward(false)
				.consistentRead(true))
			.items()
			.stream()
			.map(SigningKeys::parse)
			.toList();
	}

	private static StoredKey parse(Map<String, AttributeValue> item) {
		try {
			return new StoredKey(item.get("SK").s(), RSAKey.parse(item.get("jwk").s()),
					IdentityTable.Items.number(item, "createdAt"));
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored signing key " + item.get("SK").s() + " is not a JWK", ex);
		}
	}

	private record StoredKey(String sk, RSAKey jwk, long createdAt) {
	}

}
