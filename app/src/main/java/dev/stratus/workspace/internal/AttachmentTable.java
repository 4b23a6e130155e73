package dev.stratus.workspace.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.Attachment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * A page's attachments, in the project's partition under {@code DOCA#<documentId>#<fileName>}: keyed by the file
 * name because the name is the S3 key's last part, so the put's condition keeps two files of one name from
 * sharing (overwriting) one object. Presigned uploads waiting to be confirmed are {@code DOCU#<documentId>#<uploadId>}.
 * Every write checks that the writer is still an editor of the active project and that the page still exists.
 */
@Component
public class AttachmentTable {

	static final String ATTACHMENTS = "DOCA#";

	static final String UPLOADS = "DOCU#";

	private static final String ATTACHMENT = "attachment";

	private static final String UPLOAD = "upload";

	private final DynamoDbClient dynamo;

	private final String table;

	private final DocumentationTable documents;

	AttachmentTable(DynamoDbClient dynamo, CloudResources resources, DocumentationTable documents) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
		this.documents = documents;
	}

	/** An upload waiting for its confirmation: the name and type it was asked for. */
	public record PendingUpload(String uploadId, String fileName, String contentType, String createdBy,
			Instant expiresAt) {
	}

	/** The page's attachments by file name, read consistently. */
	public List<Attachment> list(String projectId, String documentId) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :prefix)")
				.expressionAttributeValues(Map.of(":project", s(ProjectItems.partition(projectId)), ":prefix",
						s(ATTACHMENTS + documentId + "#")))
				.consistentRead(true))
			.items()
			.stream()
			.map(AttachmentTable::attachment)
			.toList();
	}

	public Optional<Attachment> find(String projectId, String documentId, String attachmentId) {
		return list(projectId, documentId).stream().filter(found -> found.id().equals(attachmentId)).findFirst();
	}

	/**
	 * Records the attachment with the activity entry, and forgets the upload it came from, if any.
	 * @return whether it was recorded; not when the writer is no longer an editor or the project is gone
	 * @throws NotFound when the page is gone, or the upload was confirmed meanwhile
	 * @throws Conflict when the page has a file of that name already
	 */
	public boolean add(String projectId, String userId, String documentId, Attachment attachment,
			@Nullable String uploadId, ActivityEntry activity) {
		Map<String, AttributeValue> item = new HashMap<>(key(projectId, documentId, attachment.fileName()));
		item.put("entityType", s("ATTACHMENT"));
		item.put("documentId", s(documentId));
		item.put("id", s(attachment.id()));
		item.put("fileName", s(attachment.fileName()));
		item.put("contentType", s(attachment.contentType()));
		item.put("sizeBytes", n(attachment.sizeBytes()));
		item.put("createdAt", time(attachment.createdAt()));
		item.put("createdBy", s(attachment.createdBy()));
		LabelledWrites writes = documents.guarded(projectId, userId)
			.add(DocumentationTable.HEAD, documents.exists(projectId, documentId))
			.add(ATTACHMENT, TransactWriteItem.builder()
				.put(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"))
				.build())
			.addAll(activity.writes());
		if (uploadId != null) {
			writes.add(UPLOAD, TransactWriteItem.builder()
				.delete(delete -> delete.tableName(table)
					.key(ProjectItems.key(projectId, UPLOADS + documentId + "#" + uploadId))
					.conditionExpression("attribute_exists(PK)"))
				.build());
		}
		return refusal(Transactions.run(dynamo, writes), () -> new Conflict(
				"The page has a file named " + attachment.fileName() + " already; remove it first or rename yours",
				Map.of("reason", "fileName")));
	}

	/**
	 * Removes the attachment's item with the activity entry.
	 * @return whether it was removed; not when the writer is no longer an editor or the project is gone
	 * @throws NotFound when the page or the attachment is gone
	 */
	public boolean remove(String projectId, String userId, String documentId, Attachment attachment,
			ActivityEntry activity) {
		LabelledWrites writes = documents.guarded(projectId, userId)
			.add(DocumentationTable.HEAD, documents.exists(projectId, documentId))
			.add(ATTACHMENT, TransactWriteItem.builder()
				.delete(delete -> delete.tableName(table)
					.key(key(projectId, documentId, attachment.fileName()))
					.conditionExpression("id = :id")
					.expressionAttributeValues(Map.of(":id", s(attachment.id()))))
				.build())
			.addAll(activity.writes());
		return refusal(Transactions.run(dynamo, writes), () -> new NotFound("Attachment"));
	}

	/**
	 * Records an upload the client may now PUT.
	 * @return whether it was recorded; not when the writer is no longer an editor or the project is gone
	 * @throws NotFound when the page is gone
	 */
	public boolean expect(String projectId, String userId, String documentId, PendingUpload upload) {
		Map<String, AttributeValue> item = new HashMap<>(
				ProjectItems.key(projectId, UPLOADS + documentId + "#" + upload.uploadId()));
		item.put("entityType", s("ATTACHMENT_UPLOAD"));
		item.put("uploadId", s(upload.uploadId()));
		item.put("fileName", s(upload.fileName()));
		item.put("contentType", s(upload.contentType()));
		item.put("createdBy", s(upload.createdBy()));
		item.put("expiresAt", time(upload.expiresAt()));
		LabelledWrites writes = documents.guarded(projectId, userId)
			.add(DocumentationTable.HEAD, documents.exists(projectId, documentId))
			.add(UPLOAD, TransactWriteItem.builder().put(put -> put.tableName(table).item(item)).build());
		return refusal(Transactions.run(dynamo, writes), () -> new NotFound("Upload"));
	}

	public Optional<PendingUpload> upload(String projectId, String documentId, String uploadId) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table)
				.key(ProjectItems.key(projectId, UPLOADS + documentId + "#" + uploadId))
				.consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty()
				: Optional.of(new PendingUpload(uploadId, Attributes.str(item, "fileName"),
						Attributes.str(item, "contentType"), Attributes.str(item, "createdBy"),
						Attributes.instant(item, "expiresAt")));
	}

	public void forget(String projectId, String documentId, String uploadId) {
		dynamo.deleteItem(
				b -> b.tableName(table).key(ProjectItems.key(projectId, UPLOADS + documentId + "#" + uploadId)));
	}

	/**
	 * @return true when written, false when the caller's role or the project refused it
	 * @throws NotFound when the page is gone
	 */
	private static boolean refusal(Optional<LabelledWrites.Cancellation> refused,
			java.util.function.Supplier<RuntimeException> itemRefused) {
		if (refused.isEmpty()) {
			return true;
		}
		LabelledWrites.Cancellation why = refused.get();
		if (why.conditionFailed(Transactions.CALLER) || why.conditionFailed(Transactions.PROJECT)) {
			return false;
		}
		if (why.conditionFailed(DocumentationTable.HEAD)) {
			throw new NotFound("Document");
		}
		if (why.conditionFailed(ATTACHMENT)) {
			throw itemRefused.get();
		}
		if (why.conditionFailed(UPLOAD)) {
			throw new NotFound("Upload");
		}
		throw new Conflict("The page changed meanwhile; try again");
	}

	private static Map<String, AttributeValue> key(String projectId, String documentId, String fileName) {
		return ProjectItems.key(projectId, ATTACHMENTS + documentId + "#" + fileName);
	}

	private static Attachment attachment(Map<String, AttributeValue> item) {
		return new Attachment(Attributes.str(item, "id"), Attributes.str(item, "fileName"),
				Attributes.str(item, "contentType"), Attributes.num(item, "sizeBytes"),
				Attributes.instant(item, "createdAt"), Attributes.str(item, "createdBy"));
	}

}
