package dev.stratus.workspace.internal;

import java.util.Map;

import dev.stratus.platform.cloud.CloudResources;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * Saves schema versions where {@link InterimSchemas} reads them, until the schema routes are merged and
 * tests save them with {@code PUT /api/projects/{id}/schema}.
 */
public final class TestSchemas {

	/** Two entities, one relation: renders quickly and builds. */
	public static final String SHOP = """
			{"entities": [
			{"name": "Customer", "fields": [{"name": "email", "type": "string", "required": true, "unique": true}],
			"relations": [{"name": "orders", "target": "Order", "kind": "one-to-many"}]},
			{"name": "Order", "fields": [{"name": "total", "type": "decimal"}]}
			]}""";

	private final DynamoDbClient dynamo;

	private final String table;

	public TestSchemas(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	/** Saves {@code json} as version {@code version} of the project's schema. */
	public void save(String projectId, long version, String json) {
		Map<String, AttributeValue> item = ProjectItems.key(projectId, InterimSchemas.sortKey(version));
		item.put("version", n(version));
		item.put("schema", s(json));
		dynamo.putItem(b -> b.tableName(table).item(item));
	}

}
