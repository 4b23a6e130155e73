package dev.stratus.workspace.internal;

import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.workspace.internal.schema.Schema;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * Stands in for the schema service until it is merged: reads {@code SCHEMA#<version, ten digits>} items of
 * the project's partition, whose {@code schema} attribute holds the schema as JSON. The integrator binds
 * {@link CurrentSchema} to the schema service and deletes this class.
 */
@Component
class InterimSchemas implements CurrentSchema {

	static final String PREFIX = "SCHEMA#";

	private final JsonMapper json = JsonMapper.builder().build();

	private final DynamoDbClient dynamo;

	private final String table;

	InterimSchemas(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	@Override
	public Optional<Version> current(String projectId) {
		return dynamo
			.query(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :schema)")
				.expressionAttributeValues(Map.of(":project", s(ProjectItems.partition(projectId)), ":schema",
						s(PREFIX)))
				.scanIndexForward(false)
				.limit(1)
				.consistentRead(true))
			.items()
			.stream()
			.findFirst()
			.map(item -> new Version(Attributes.num(item, "version"), schema(item)));
	}

	@Override
	public Optional<Schema> atVersion(String projectId, long version) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(ProjectItems.key(projectId, sortKey(version))).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(schema(item));
	}

	static String sortKey(long version) {
		return PREFIX + String.format("%010d", version);
	}

	private Schema schema(Map<String, AttributeValue> item) {
		return json.readValue(Attributes.str(item, "schema"), Schema.class);
	}

}
