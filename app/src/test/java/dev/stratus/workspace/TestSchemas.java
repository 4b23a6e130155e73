package dev.stratus.workspace;

import dev.stratus.StratusApi;
import dev.stratus.workspace.WorkspaceFixture.User;

import static org.assertj.core.api.Assertions.assertThat;

/** Schemas saved the way a person saves them, with {@code PUT /api/projects/{id}/schema}. */
public final class TestSchemas {

	/** Two entities, one relation: renders quickly and builds. */
	public static final String SHOP = """
			{"entities": [
			{"name": "Customer", "fields": [{"name": "email", "type": "string", "required": true, "unique": true}],
			"relations": [{"name": "orders", "target": "Order", "kind": "one-to-many"}]},
			{"name": "Order", "fields": [{"name": "total", "type": "decimal"}]}
			]}""";

	private TestSchemas() {
	}

	/** Saves {@code json} as the project's next schema version. @return its number */
	public static long save(StratusApi api, User editor, String projectId, String json) {
		var saved = api.put("/api/projects/" + projectId + "/schema", json, editor.auth());
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		return saved.data().path("version").asLong();
	}

}
