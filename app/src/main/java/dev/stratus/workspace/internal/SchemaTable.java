package dev.stratus.workspace.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.workspace.SchemaVersion;
import dev.stratus.workspace.SchemaVersionSummary;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.Relation;
import dev.stratus.workspace.internal.schema.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * A project's schema versions ({@code SCHEMA#<n>}, see {@link Versions}): each holds the schema as the
 * contract writes it (gzipped JSON), who saved it and when, and its entity count for the history list.
 * Only schemas that passed {@code SchemaRules} are stored.
 */
@Component
public class SchemaTable {

	static final String PREFIX = "SCHEMA#";

	private static final String SUMMARY = "version, createdAt, createdBy, entityCount";

	private final Versions versions;

	private final Documents documents;

	SchemaTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages, JsonMapper json) {
		this.versions = new Versions(dynamo, resources.tableName(WorkspaceResources.TABLE), pages, PREFIX);
		this.documents = new Documents(json);
	}

	/**
	 * Stores {@code schema} as the next version, with the activity entry.
	 * @return its number; empty when the saver is no longer an editor or the project is gone
	 * @throws dev.stratus.platform.errors.Conflict after losing the race for the next number too often
	 * @throws dev.stratus.platform.errors.InvalidInput when it is too large to store
	 */
	public OptionalLong save(String projectId, String userId, Schema schema, Instant at, ActivityEntry activity) {
		AttributeValue body = documents.write(json(schema), "entities");
		return versions.save(projectId, userId, activity, version -> {
			Map<String, AttributeValue> item = new HashMap<>(ProjectItems.key(projectId, versions.sortKey(version)));
			item.put("entityType", s("SCHEMA"));
			item.put("projectId", s(projectId));
			item.put(Versions.VERSION, n(version));
			item.put("createdAt", time(at));
			item.put("createdBy", s(userId));
			item.put("entityCount", n(schema.entities().size()));
			item.put("body", body);
			return new LabelledWrites().add(Versions.VERSION, versions.put(item));
		});
	}

	public Optional<SchemaVersion> newest(String projectId) {
		return versions.newest(projectId).map(this::version);
	}

	public Optional<SchemaVersion> version(String projectId, long version) {
		return versions.get(projectId, version).map(this::version);
	}

	/** The versions, newest first, without their schemas. */
	public Page<SchemaVersionSummary> list(String projectId, int limit, @Nullable String nextToken) {
		return versions.list(projectId, SUMMARY, limit, nextToken,
				item -> new SchemaVersionSummary(Attributes.num(item, Versions.VERSION),
						Attributes.instant(item, "createdAt"), Attributes.str(item, "createdBy"),
						(int) Attributes.num(item, "entityCount")));
	}

	private SchemaVersion version(Map<String, AttributeValue> item) {
		return new SchemaVersion(Attributes.num(item, Versions.VERSION), schema(documents.read(item.get("body"))),
				Attributes.instant(item, "createdAt"), Attributes.str(item, "createdBy"));
	}

	/** The contract's shape, written field by field: what is not set is left out. */
	static JsonNode json(Schema schema) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ArrayNode entities = nodes.arrayNode();
		for (Entity entity : schema.entities()) {
			ObjectNode e = entities.addObject().put("name", entity.name());
			ArrayNode fields = e.putArray("fields");
			for (Field field : entity.fields()) {
				ObjectNode f = fields.addObject().put("name", field.name()).put("type", field.type());
				if (field.required() != null) {
					f.put("required", field.required());
				}
				if (field.unique() != null) {
					f.put("unique", field.unique());
				}
				if (field.values() != null) {
					ArrayNode values = f.putArray("values");
					field.values().forEach(values::add);
				}
			}
			ArrayNode relations = e.putArray("relations");
			for (Relation relation : entity.relations()) {
				relations.addObject()
					.put("name", relation.name())
					.put("target", relation.target())
					.put("kind", relation.kind());
			}
		}
		ObjectNode root = nodes.objectNode();
		root.set("entities", entities);
		return root;
	}

	static Schema schema(JsonNode json) {
		List<Entity> entities = new ArrayList<>();
		for (JsonNode e : json.path("entities")) {
			List<Field> fields = new ArrayList<>();
			for (JsonNode f : e.path("fields")) {
				List<String> values = null;
				if (f.has("values")) {
					values = new ArrayList<>();
					for (JsonNode value : f.path("values")) {
						values.add(value.asString());
					}
				}
				fields.add(new Field(f.path("name").asString(), f.path("type").asString(), flag(f, "required"),
						flag(f, "unique"), values));
			}
			List<Relation> relations = new ArrayList<>();
			for (JsonNode r : e.path("relations")) {
				relations.add(new Relation(r.path("name").asString(), r.path("target").asString(),
						r.path("kind").asString()));
			}
			entities.add(new Entity(e.path("name").asString(), List.copyOf(fields), List.copyOf(relations)));
		}
		return new Schema(List.copyOf(entities));
	}

	private static @Nullable Boolean flag(JsonNode node, String name) {
		return node.has(name) ? node.path(name).asBoolean() : null;
	}

}
