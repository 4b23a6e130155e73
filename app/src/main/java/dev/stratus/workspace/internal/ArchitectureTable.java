package dev.stratus.workspace.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.workspace.Architecture;
import dev.stratus.workspace.ArchitectureDraft;
import dev.stratus.workspace.Diagram;
import dev.stratus.workspace.DiagramType;
import dev.stratus.workspace.ProjectRole;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * A project's architecture: its versions ({@code ARCH#<n>}, see {@link Versions}: nodes and edges as
 * gzipped JSON) and its head item {@code ARCH}, which holds the architecture's id (made by the first
 * save or upload, kept by every later one) and the published image, if any. Every write also checks
 * that the writer is still an editor of the active project.
 */
@Component
public class ArchitectureTable {

	static final String HEAD = "ARCH";

	static final String PREFIX = "ARCH#";

	private final DynamoDbClient dynamo;

	private final String table;

	private final Versions versions;

	private final Documents documents;

	private final JsonMapper json;

	ArchitectureTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages, JsonMapper json) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
		this.versions = new Versions(dynamo, table, pages, PREFIX);
		this.documents = new Documents(json);
		this.json = json;
	}

	/** The architecture's id and its published image, if there is one. */
	public record Head(String id, @Nullable Diagram diagram) {
	}

	/** A version as stored, with the id of its architecture. */
	public record Saved(String id, long version) {
	}

	/**
	 * Stores {@code draft} as the next version, with the activity entry.
	 * @return the version; empty when the saver is no longer an editor or the project is gone
	 * @throws dev.stratus.platform.errors.Conflict after losing the race for the next number too often
	 */
	public Optional<Saved> save(String projectId, String userId, ArchitectureDraft draft, Instant at,
			ActivityEntry activity) {
		AttributeValue body = documents.write(json.valueToTree(draft), "nodes");
		String[] id = new String[1];
		OptionalLong version = versions.save(projectId, userId, activity, n -> {
			id[0] = head(projectId).map(Head::id).orElseGet(() -> UUID.randomUUID().toString());
			Map<String, AttributeValue> item = new HashMap<>(ProjectItems.key(projectId, versions.sortKey(n)));
			item.put("entityType", s("ARCHITECTURE"));
			item.put("projectId", s(projectId));
			item.put("architectureId", s(id[0]));
			item.put(Versions.VERSION, n(n));
			item.put("createdAt", time(at));
			item.put("createdBy", s(userId));
			item.put("nodeCount", n(draft.nodes().size()));
			item.put("edgeCount", n(draft.edges().size()));
			item.put("body", body);
			return new LabelledWrites().add(Versions.VERSION, versions.put(item))
				.add(HEAD, headWrite(projectId, id[0]));
		});
		return version.isPresent() ? Optional.of(new Saved(id[0], version.getAsLong())) : Optional.empty();
	}

	public Optional<Architecture> newest(String projectId) {
		return versions.newest(projectId).map(this::architecture);
	}

	public Optional<Architecture> version(String projectId, long version) {
		return versions.get(projectId, version).map(this::architecture);
	}

	/** The versions, newest first, without their nodes and edges. */
	public Page<VersionSummary> list(String projectId, int limit, @Nullable String nextToken) {
		return versions.list(projectId, "version, createdAt, createdBy, nodeCount, edgeCount", limit, nextToken,
				item -> new VersionSummary(Attributes.num(item, Versions.VERSION),
						Attributes.instant(item, "createdAt"), Attributes.str(item, "createdBy"),
						(int) Attributes.num(item, "nodeCount"), (int) Attributes.num(item, "edgeCount")));
	}

	/** A version in the history. */
	public record VersionSummary(long version, Instant createdAt, String createdBy, int nodeCount, int edgeCount) {
	}

	/** The head item, read consistently; empty before the first save or upload. */
	public Optional<Head> head(String projectId) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(ProjectItems.key(projectId, HEAD)).consistentRead(true))
			.item();
		if (item == null || item.isEmpty()) {
			return Optional.empty();
		}
		String type = Attributes.optStr(item, "diagramType");
		Diagram diagram = type == null ? null
				: new Diagram(DiagramType.of(type).orElseThrow(), Attributes.num(item, "diagramSize"),
						Attributes.instant(item, "diagramAt"), Attributes.str(item, "diagramBy"));
		return Optional.of(new Head(Attributes.str(item, "id"), diagram));
	}

	/**
	 * The architecture's id, made now if there is none yet.
	 * @return empty when the caller is no longer an editor or the project is gone
	 */
	public Optional<String> id(String projectId, String userId) {
		Optional<Head> head = head(projectId);
		if (head.isPresent()) {
			return Optional.of(head.get().id());
		}
		String id = UUID.randomUUID().toString();
		LabelledWrites writes = guarded(projectId, userId).add(HEAD, headWrite(projectId, id));
		Optional<LabelledWrites.Cancellation> refused = Transactions.run(dynamo, writes);
		if (refused.isPresent() && (refused.get().conditionFailed(Transactions.CALLER)
				|| refused.get().conditionFailed(Transactions.PROJECT))) {
			return Optional.empty();
		}
		// Written, or made by a concurrent write: either way the head has an id now.
		return head(projectId).map(Head::id);
	}

	/**
	 * Records the published image of the architecture {@code id}, with the activity entry.
	 * @return whether it was recorded; not when the caller is no longer an editor or the project is gone
	 */
	public boolean publish(String projectId, String userId, String id, Diagram diagram, ActivityEntry activity) {
		LabelledWrites writes = guarded(projectId, userId)
			.add(HEAD, TransactWriteItem.builder()
				.update(update -> update.tableName(table)
					.key(ProjectItems.key(projectId, HEAD))
					.updateExpression("SET diagramType = :type, diagramSize = :size, diagramAt = :at, diagramBy = :by")
					.conditionExpression("id = :id")
					.expressionAttributeValues(Map.of(":type", s(diagram.type().contentType()), ":size",
							n(diagram.sizeBytes()), ":at", time(diagram.uploadedAt()), ":by", s(diagram.uploadedBy()),
							":id", s(id))))
				.build())
			.addAll(activity.writes());
		return Transactions.run(dynamo, writes).isEmpty();
	}

	private LabelledWrites guarded(String projectId, String userId) {
		return new LabelledWrites()
			.add(Transactions.CALLER, Transactions.roleCheck(table, projectId, userId, ProjectRole.EDITOR))
			.add(Transactions.PROJECT, versions.projectActive(projectId));
	}

	/** Gives the head the id {@code id}, unless it has one already: then it must be that one. */
	private TransactWriteItem headWrite(String projectId, String id) {
		return TransactWriteItem.builder()
			.update(update -> update.tableName(table)
				.key(ProjectItems.key(projectId, HEAD))
				.updateExpression("SET id = if_not_exists(id, :id), entityType = :type, projectId = :project")
				.conditionExpression("attribute_not_exists(id) OR id = :id")
				.expressionAttributeValues(
						Map.of(":id", s(id), ":type", s("ARCHITECTURE_HEAD"), ":project", s(projectId))))
			.build();
	}

	private Architecture architecture(Map<String, AttributeValue> item) {
		JsonNode body = documents.read(item.get("body"));
		List<Architecture.Node> nodes = List.of(json.treeToValue(body.path("nodes"), Architecture.Node[].class));
		List<Architecture.Edge> edges = List.of(json.treeToValue(body.path("edges"), Architecture.Edge[].class));
		return new Architecture(Attributes.str(item, "architectureId"), Attributes.num(item, Versions.VERSION), nodes,
				edges, Attributes.instant(item, "createdAt"), Attributes.str(item, "createdBy"));
	}

}
