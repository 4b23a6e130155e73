package dev.stratus.identity.internal;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.stratus.IntegrationTest;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.Secrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

/** The private signing keys at rest: sealed in the table, and still read after a restart. */
@IntegrationTest
class SigningKeysTests {

	@Autowired
	Items items;

	@Autowired
	Secrets secrets;

	@Test
	void storesNoReadablePrivateKeyMaterialYetReadsTheSameKeyBack() {
		RSAKey signing = new SigningKeys(items, secrets, Clock.systemUTC()).current();

		for (Map<String, AttributeValue> item : storedKeys()) {
			String stored = item.toString();
			assertThat(item).doesNotContainKey("jwk");
			assertThat(stored).doesNotContain("\"d\"", "PRIVATE KEY", "MIIEv", signing.getPrivateExponent().toString(),
					Base64.getEncoder().encodeToString(signing.getPrivateExponent().decode()).substring(0, 40));
		}
		RSAKey reread = new SigningKeys(items, secrets, Clock.systemUTC()).current();
		assertThat(reread.getKeyID()).isEqualTo(signing.getKeyID());
		assertThat(reread.getPrivateExponent()).isEqualTo(signing.getPrivateExponent());
	}

	@Test
	void opensAKeyAnOlderVersionStoredInPlainTextAndSealsIt() throws Exception {
		RSAKey legacy = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.generate();
		// Newer than any other key, so it is the one that signs.
		long createdAt = System.currentTimeMillis() + 60_000;
		String sk = "KEY#%015d#%s".formatted(createdAt, legacy.getKeyID());
		Map<String, AttributeValue> item = key("SIGNING_KEY", sk);
		item.put("jwk", s(legacy.toJSONString()));
		item.put("createdAt", n(createdAt));
		items.dynamo().putItem(b -> b.tableName(items.table()).item(item));
		try {
			RSAKey loaded = new SigningKeys(items, secrets, Clock.systemUTC()).current();

			assertThat(loaded.getKeyID()).isEqualTo(legacy.getKeyID());
			assertThat(loaded.getPrivateExponent()).isEqualTo(legacy.getPrivateExponent());
			Map<String, AttributeValue> resealed = items.get("SIGNING_KEY", sk);
			assertThat(resealed).doesNotContainKey("jwk").containsKey("sealedJwk");
			assertThat(resealed.toString()).doesNotContain(legacy.getPrivateExponent().toString());
			assertThat(new SigningKeys(items, secrets, Clock.systemUTC()).current().getPrivateExponent())
				.isEqualTo(legacy.getPrivateExponent());
		}
		finally {
			items.dynamo().deleteItem(b -> b.tableName(items.table()).key(key("SIGNING_KEY", sk)));
		}
	}

	private List<Map<String, AttributeValue>> storedKeys() {
		return items.dynamo()
			.query(b -> b.tableName(items.table())
				.keyConditionExpression("PK = :pk")
				.expressionAttributeValues(Map.of(":pk", s("SIGNING_KEY")))
				.consistentRead(true))
			.items();
	}

}
