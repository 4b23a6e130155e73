package dev.stratus.identity.internal;

import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import dev.stratus.platform.Secrets;
import dev.stratus.platform.dynamo.Attributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * The local pool's RS256 keys, kept in the identity table (the private halves sealed with a key
 * from {@link Secrets}) so every instance signs and verifies with the same ones and a restart
 * logs nobody out. The newest key signs; older keys stay
 * published until the tokens they signed have expired, which is what makes rotation seamless.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
public class SigningKeys implements JWKSource<SecurityContext> {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final String PK = "SIGNING_KEY";

	/** The private JWK, sealed. Older versions kept it in plain text, as {@link #PLAIN}. */
	private static final String SEALED = "sealedJwk";

	private static final String PLAIN = "jwk";

	/** Tokens live an hour; a replaced key stays a little longer for clock skew. */
	private static final Duration RETIRE_AFTER = TokenIssuer.LIFETIME.plusMinutes(5);

	/** An unknown kid triggers a reload (another instance may have rotated), at most this often. */
	private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(10);

	/** The secret the private keys are sealed with (AES-256-GCM); see {@link SealedKeys}. */
	static final String SECRET = "identity-signing-keys";

	private final Items items;

	private final SealedKeys sealing;

	private final Clock clock;

	private volatile List<StoredKey> keys;

	/** What tokens are verified against: only the public halves, built once per change of keys. */
	private volatile JWKSet publicKeys;

	private volatile long loadedAt;

	SigningKeys(Items items, Secrets secrets, Clock clock) {
		this.items = items;
		this.sealing = new SealedKeys(secrets.get(SECRET));
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
				items.dynamo().deleteItem(b -> b.tableName(items.table()).key(Attributes.key(PK, key.sk())));
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
			Map<String, AttributeValue> item = Attributes.key(PK, sk);
			item.put(SEALED, s(sealing.seal(key.toJSONString(), sk)));
			item.put("createdAt", Attributes.n(now));
			items.dynamo().putItem(b -> b.tableName(items.table()).item(item));
			return key.getKeyID();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	/** Every key that can be opened, newest first; one that cannot (another secret) is left out. */
	private List<StoredKey> load() {
		return items.dynamo()
			.queryPaginator(b -> b.tableName(items.table())
				.keyConditionExpression("PK = :pk")
				.expressionAttributeValues(Map.of(":pk", s(PK)))
				.scanIndexForward(false)
				.consistentRead(true))
			.items()
			.stream()
			.map(this::parse)
			.flatMap(Optional::stream)
			.toList();
	}

	private Optional<StoredKey> parse(Map<String, AttributeValue> item) {
		String sk = item.get("SK").s();
		try {
			String json;
			if (item.containsKey(SEALED)) {
				json = sealing.open(item.get(SEALED).s(), sk);
			}
			else {
				json = item.get(PLAIN).s();
				seal(sk, json);
			}
			return Optional.of(new StoredKey(sk, RSAKey.parse(json), Attributes.num(item, "createdAt")));
		}
		catch (GeneralSecurityException ex) {
			log.warn("Signing key {} was sealed with another secret than {}; it is not used", sk, SECRET);
			return Optional.empty();
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored signing key " + sk + " is not a JWK", ex);
		}
	}

	/** Re-stores a key an older version kept in plain text, sealed; once, whoever gets there first. */
	private void seal(String sk, String json) {
		try {
			items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(Attributes.key(PK, sk))
					.updateExpression("SET #sealed = :sealed REMOVE #plain")
					.conditionExpression("attribute_exists(#plain)")
					.expressionAttributeNames(Map.of("#sealed", SEALED, "#plain", PLAIN))
					.expressionAttributeValues(Map.of(":sealed", s(sealing.seal(json, sk)))));
			log.info("Signing key {} was stored in plain text; it is now sealed", sk);
		}
		catch (ConditionalCheckFailedException sealedMeanwhile) {
			// Another instance sealed it first.
		}
	}

	private record StoredKey(String sk, RSAKey jwk, long createdAt) {
	}

}
