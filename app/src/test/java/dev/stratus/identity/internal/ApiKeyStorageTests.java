package dev.stratus.identity.internal;

import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.security.KeyProbe;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import static dev.stratus.StratusApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Where a key may be found after it was shown once: nowhere, neither in the table nor in the logs. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiKeyStorageTests {

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers users;

	@Autowired
	Items items;

	String[] admin;

	@Test
	void storesTheKeyOnlyAsAHashUnderItsPrefix() {
		JsonNode key = newKey();
		String whole = key.path("key").asString();
		String secret = whole.substring(whole.lastIndexOf('_') + 1);

		Map<String, AttributeValue> item = items.get("APIKEY#" + key.path("prefix").asString(), "KEY");
		Map<String, AttributeValue> byId = items.get("APIKEY_ID#" + key.path("id").asString(), "KEY");

		assertThat(item).isNotNull();
		assertThat(byId).isNotNull();
		assertThat(item.get("hash").s()).isNotBlank().doesNotContain(secret);
		assertThat(item.toString() + byId).doesNotContain(secret).doesNotContain(whole);
	}

	@Test
	void neverWritesTheKeyToTheLogs(CapturedOutput output) {
		JsonNode key = newKey();
		String whole = key.path("key").asString();
		String[] header = { "X-Api-Key", whole };

		api.get(KeyProbe.PATH, header);
		api.post(KeyProbe.PATH, Map.of(), header);
		api.get("/api/auth/me", header);
		api.get(KeyProbe.PATH, "X-Api-Key", whole + "x");
		api.delete("/api/admin/api-keys/" + key.path("id").asString(), admin);
		api.get(KeyProbe.PATH, header);

		assertThat(output.getAll()).contains(key.path("prefix").asString())
			.doesNotContain(whole)
			.doesNotContain(whole.substring(whole.lastIndexOf('_') + 1));
	}

	private JsonNode newKey() {
		admin = bearer(users.signedIn(Role.ADMIN).path("idToken").asString());
		var created = api.post("/api/admin/api-keys", Map.of("name", "Stored", "scopes", List.of("customers:read")),
				admin);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.data();
	}

}
