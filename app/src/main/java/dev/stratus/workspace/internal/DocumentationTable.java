package dev.stratus.workspace.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.Document;
import dev.stratus.workspace.DocumentVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Documentation pages, in their project's partition: the head {@code DOC#<documentId>} (title, newest version,
 * who made and last changed it; in GSI1 under {@code DOC#<documentId>}, so a page's project is found from its id
 * alone, and in GSI2 under {@code DOCS#<projectId>} by creation, so the project's pages list newest first) and
 * one item per version, {@code DOCV#<documentId>#<n>} ({@link Versions}). A save writes version {@code n} and
 * moves the head from {@code n - 1} to {@code n} in one transaction, so the head never skips or repeats one.
 */
@Component
public class DocumentationTable {

	static final String HEAD = "DOC#";

	static final String VERSIONS = "DOCV#";

	private static final String PROJECT_PAGES = "DOCS#";

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	DocumentationTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
		this.pages = pages;
	}

	/** What a save writes: the page's title and markdown, by whom and when. */
	public record Draft(String documentId, String title, String content, String userId, Instant at) {
	}

	/** The project a page belongs to, found by the page's id alone; empty for no such page. */
	public Optional<String> projectOf(String documentId) {
		return dynamo
			.query(b -> b.tableName(table)
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :doc")
				.expressionAttributeValues(Map.of(":doc", s(HEAD + documentId)))
				.limit(1))
			.items()
			.stream()
			.findFirst()
			.map(item -> Attributes.str(item, "projectId"));
	}

	/** The page's head, read consistently. */
	public Optional<Document.Summary> head(String projectId, String documentId) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(ProjectItems.key(projectId, HEAD + documentId)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(summary(item));
	}

	/**
	 * Creates the page with its first version, or saves the next version of an existing one, with the activity
	 * entry; {@code creating} says which.
	 * @return the version written; empty when the writer is no longer an editor or the project is gone
	 * @throws NotFound when the page is gone (deleted meanwhile), or, creating, was there already
	 * @throws dev.stratus.platform.errors.Conflict after losing the race for the next number too often
	 */
	public OptionalLong save(String projectId, Draft draft, boolean creating, ActivityEntry activity) {
		Versions versions = versions(draft.documentId());
		return versions.save(projectId, draft.userId(), activity, version -> {
			Optional<Document.Summary> head = head(projectId, draft.documentId());
			if (creating == head.isPresent()) {
				throw new NotFound("Document");
			}
			Map<String, AttributeValue> item = new HashMap<>(ProjectItems.key(projectId, versions.sortKey(version)));
			item.put("entityType", s("DOCUMENT_VERSION"));
			item.put("documentId", s(draft.documentId()));
			item.put(Versions.VERSION, n(version));
			item.put("title", s(draft.title()));
			item.put("content", s(draft.content()));
			item.put("sizeBytes", n(draft.content().getBytes(StandardCharsets.UTF_8).length));
			item.put("createdAt", time(draft.at()));
			item.put("createdBy", s(draft.userId()));
			return new LabelledWrites().add(Versions.VERSION, versions.put(item))
				.add(HEAD, creating ? create(projectId, draft) : move(projectId, draft, version));
		});
	}

	private TransactWriteItem create(String projectId, Draft draft) {
		Map<String, AttributeValue> item = new HashMap<>(ProjectItems.key(projectId, HEAD + draft.documentId()));
		item.put("entityType", s("DOCUMENT"));
		item.put("id", s(draft.documentId()));
		item.put("projectId", s(projectId));
		item.put("title", s(draft.title()));
		item.put(Versions.VERSION, n(1));
		item.put("createdAt", time(draft.at()));
		item.put("createdBy", s(draft.userId()));
		item.put("updatedAt", time(draft.at()));
		item.put("updatedBy", s(draft.userId()));
		item.put("GSI1PK", s(HEAD + draft.documentId()));
		item.put("GSI1SK", s("DOC"));
		item.put("GSI2PK", s(PROJECT_PAGES + projectId));
		item.put("GSI2SK", s(Attributes.timeKey(draft.at(), draft.documentId())));
		return TransactWriteItem.builder()
			.put(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"))
			.build();
	}

	/** Moves the head from version {@code version - 1} to {@code version}. */
	private TransactWriteItem move(String projectId, Draft draft, long version) {
		return TransactWriteItem.builder()
			.update(update -> update.tableName(table)
				.key(ProjectItems.key(projectId, HEAD + draft.documentId()))
				.updateExpression("SET title = :title, version = :version, updatedAt = :at, updatedBy = :by")
				.conditionExpression("version = :previous")
				.expressionAttributeValues(Map.of(":title", s(draft.title()), ":version", n(version), ":previous",
						n(version - 1), ":at", time(draft.at()), ":by", s(draft.userId()))))
			.build();
	}

	public Optional<DocumentVersion> version(String projectId, String documentId, long version) {
		return versions(documentId).get(projectId, version).map(DocumentationTable::version);
	}

	/** The project's pages, newest created first. */
	public Page<Document.Summary> list(String projectId, int limit, @Nullable String nextToken) {
		QueryRequest query = QueryRequest.builder()
			.tableName(table)
			.indexName("GSI2")
			.keyConditionExpression("GSI2PK = :pages")
			.expressionAttributeValues(Map.of(":pages", s(PROJECT_PAGES + projectId)))
			.scanIndexForward(false)
			.build();
		return pages.read(query, "documents|" + projectId, limit, nextToken, DocumentationTable::summary);
	}

	/** The page's versions, newest first, without their content. */
	public Page<DocumentVersion.Summary> versions(String projectId, String documentId, int limit,
			@Nullable String nextToken) {
		return versions(documentId).list(projectId, "version, title, sizeBytes, createdAt, createdBy", limit,
				nextToken, item -> new DocumentVersion.Summary(Attributes.num(item, Versions.VERSION),
						Attributes.str(item, "title"), Attributes.num(item, "sizeBytes"),
						Attributes.instant(item, "createdAt"), Attributes.str(item, "createdBy")));
	}

	/**
	 * Deletes the page's head with the activity entry: the page is gone for every read from then on. Its versions
	 * and attachments' items are {@link #purge}d after.
	 * @return whether it was deleted; not when the writer is no longer an editor or the project is gone
	 * @throws NotFound when the page was deleted meanwhile
	 */
	public boolean delete(String projectId, String userId, String documentId, ActivityEntry activity) {
		LabelledWrites writes = guarded(projectId, userId)
			.add(HEAD, TransactWriteItem.builder()
				.delete(delete -> delete.tableName(table)
					.key(ProjectItems.key(projectId, HEAD + documentId))
					.conditionExpression("attribute_exists(PK)"))
				.build())
			.addAll(activity.writes());
		Optional<LabelledWrites.Cancellation> refused = Transactions.run(dynamo, writes);
		if (refused.isPresent() && refused.get().conditionFailed(HEAD)) {
			throw new NotFound("Document");
		}
		return refused.isEmpty();
	}

	/** Deletes what is left of a deleted page in the project's partition (versions, attachments, uploads). */
	public int purge(String projectId, String documentId) {
		int deleted = 0;
		for (String prefix : new String[] { VERSIONS, AttachmentTable.ATTACHMENTS, AttachmentTable.UPLOADS }) {
			deleted += PartitionItems.deleteAll(dynamo, table, projectId, prefix + documentId + "#");
		}
		return deleted;
	}

	/** The checks of every write to a page: the writer is still an editor, the project still active. */
	LabelledWrites guarded(String projectId, String userId) {
		return Transactions.startingWork(table, projectId, userId);
	}

	/** Holds while the page exists. */
	TransactWriteItem exists(String projectId, String documentId) {
		return TransactWriteItem.builder()
			.conditionCheck(check -> check.tableName(table)
				.key(ProjectItems.key(projectId, HEAD + documentId))
				.conditionExpression("attribute_exists(PK)"))
			.build();
	}

	private Versions versions(String documentId) {
		return new Versions(dynamo, table, pages, VERSIONS + documentId + "#");
	}

	private static Document.Summary summary(Map<String, AttributeValue> item) {
		return new Document.Summary(Attributes.str(item, "id"), Attributes.str(item, "projectId"),
				Attributes.str(item, "title"), Attributes.num(item, Versions.VERSION),
				Attributes.instant(item, "createdAt"), Attributes.str(item, "createdBy"),
				Attributes.instant(item, "updatedAt"), Attributes.str(item, "updatedBy"));
	}

	private static DocumentVersion version(Map<String, AttributeValue> item) {
		return new DocumentVersion(Attributes.str(item, "documentId"), Attributes.num(item, Versions.VERSION),
				Attributes.str(item, "title"), Attributes.str(item, "content"), Attributes.instant(item, "createdAt"),
				Attributes.str(item, "createdBy"));
	}

}
