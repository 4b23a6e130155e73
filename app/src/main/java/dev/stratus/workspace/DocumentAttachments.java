package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.AttachmentTable;
import dev.stratus.workspace.internal.AttachmentTable.PendingUpload;
import dev.stratus.workspace.internal.content.FileContent;
import dev.stratus.workspace.internal.content.FileObjects;
import dev.stratus.workspace.internal.content.FileType;
import dev.stratus.workspace.internal.documentation.AttachmentKeys;
import dev.stratus.workspace.internal.documentation.FileNames;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Files attached to documentation pages: at most {@link #MAX_BYTES}, of a type on {@link FileType}'s allow-list
 * that their content is checked to be, stored at {@code documentation/{projectId}/{documentId}/{fileName}}. They
 * come in the request ({@link #attach}) or through a presigned PUT ({@link #uploadUrl}) that {@link #confirm}
 * checks the same way before anything is attached. A page holds one file of each name (409 for a second).
 * Members read them through short-lived URLs that download them as attachments; editors and owners write.
 */
@Service
public class DocumentAttachments {

	/** The largest file, decoded. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(DocumentAttachments.class);

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Documentation documentation;

	private final AttachmentTable table;

	private final FileObjects objects;

	private final ProjectAccess access;

	private final ActivityLog activities;

	private final Clock clock;

	DocumentAttachments(Documentation documentation, AttachmentTable table, FileObjects objects,
			ProjectAccess access, ActivityLog activities, Clock clock) {
		this.documentation = documentation;
		this.table = table;
		this.objects = objects;
		this.access = access;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Attaches {@code content} as {@code fileName}.
	 * @param field what the content was sent as, named when it is refused
	 * @throws NotFound for a page the user cannot see
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws InvalidInput when the name breaks a rule, or the content is too large or not of the declared type
	 * @throws dev.stratus.platform.errors.Conflict when the page has a file of that name
	 */
	public Attachment attach(String documentId, String userId, String fileName, byte[] content, FileType type,
			String field) {
		String projectId = documentation.projectOf(documentId, userId, ProjectRole.EDITOR);
		return store(projectId, documentId, userId, fileName, content, type, field, null);
	}

	/**
	 * A presigned PUT for a file of {@code type} named {@code fileName}; once the client has uploaded it,
	 * {@link #confirm} attaches it.
	 * @throws NotFound for a page the user cannot see
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws InvalidInput when the name breaks a rule
	 */
	public AttachmentUpload uploadUrl(String documentId, String userId, String fileName, FileType type) {
		String projectId = documentation.projectOf(documentId, userId, ProjectRole.EDITOR);
		checkName(fileName, type);
		String uploadId = UUID.randomUUID().toString();
		Instant expiresAt = now().plus(FileObjects.UPLOAD_WINDOW);
		if (!table.expect(projectId, userId, documentId,
				new PendingUpload(uploadId, fileName, type.contentType(), userId, expiresAt))) {
			throw access.changedMeanwhile(projectId, userId, ProjectRole.EDITOR);
		}
		return new AttachmentUpload(uploadId,
				objects.uploadUrl(AttachmentKeys.upload(projectId, documentId, uploadId), type.contentType()), fileName,
				type.contentType(), expiresAt);
	}

	/**
	 * Checks the upload {@code uploadId} as {@link #attach} checks a body and attaches it. The upload is removed
	 * either way, so a refused one must be uploaded again.
	 * @throws NotFound for a page the user cannot see, or an upload that is not there (or confirmed already)
	 * @throws InvalidInput on {@code uploadId} when the upload is too large or not of its type
	 */
	public Attachment confirm(String documentId, String userId, String uploadId) {
		String projectId = documentation.projectOf(documentId, userId, ProjectRole.EDITOR);
		PendingUpload pending = ID.matcher(uploadId).matches()
				? table.upload(projectId, documentId, uploadId).orElse(null) : null;
		String key = AttachmentKeys.upload(projectId, documentId, uploadId);
		HeadObjectResponse upload = pending == null ? null : objects.head(key).orElse(null);
		if (upload == null) {
			throw new NotFound("Upload");
		}
		boolean attached = false;
		try {
			FileType type = FileType.of(pending.contentType()).orElseThrow();
			if (!type.contentType().equals(upload.contentType())) {
				throw new InvalidInput("uploadId", "was uploaded as " + upload.contentType() + ", not as the "
						+ type.contentType() + " it was asked for");
			}
			if (upload.contentLength() > MAX_BYTES) {
				throw tooLarge("uploadId");
			}
			Attachment attachment = store(projectId, documentId, userId, pending.fileName(), objects.read(key), type,
					"uploadId", uploadId);
			attached = true;
			return attachment;
		}
		finally {
			objects.delete(key);
			if (!attached) {
				table.forget(projectId, documentId, uploadId);
			}
		}
	}

	/**
	 * A presigned GET of the file that downloads it under its name, as its checked type.
	 * @throws NotFound for a page the user cannot see, or an attachment it does not have
	 */
	public DownloadLink url(String documentId, String userId, String attachmentId) {
		String projectId = documentation.projectOf(documentId, userId, ProjectRole.VIEWER);
		Attachment attachment = table.find(projectId, documentId, attachmentId)
			.orElseThrow(() -> new NotFound("Attachment"));
		return new DownloadLink(objects.viewUrl(AttachmentKeys.attachment(projectId, documentId,
				attachment.fileName()), attachment.contentType(), attachment.fileName()),
				now().plus(FileObjects.VIEW_WINDOW));
	}

	/**
	 * Removes the attachment and its object.
	 * @throws NotFound for a page the user cannot see, or an attachment it does not have
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 */
	public void remove(String documentId, String userId, String attachmentId) {
		String projectId = documentation.projectOf(documentId, userId, ProjectRole.EDITOR);
		Attachment attachment = table.find(projectId, documentId, attachmentId)
			.orElseThrow(() -> new NotFound("Attachment"));
		detach(projectId, documentId, userId, attachment);
		objects.delete(AttachmentKeys.attachment(projectId, documentId, attachment.fileName()));
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("documentId", documentId)
			.addKeyValue("attachmentId", attachmentId)
			.log("Attachment removed");
	}

	/**
	 * Records the attachment, then puts its object: recorded first, because the name is the key, and the record
	 * is what keeps a second file of the same name from overwriting the first one's object.
	 */
	private Attachment store(String projectId, String documentId, String userId, String fileName, byte[] content,
			FileType type, String field, @Nullable String uploadId) {
		checkName(fileName, type);
		if (content.length > MAX_BYTES) {
			throw tooLarge(field);
		}
		FileContent.check(content, type, field);
		Instant now = now();
		Attachment attachment = new Attachment(UUID.randomUUID().toString(), fileName, type.contentType(),
				content.length, now, userId);
		if (!table.add(projectId, userId, documentId, attachment, uploadId, activities.entry(ActivityLog
			.of("attachment_added", projectId, userId, "Attached " + fileName + " to a page", now)))) {
			throw access.changedMeanwhile(projectId, userId, ProjectRole.EDITOR);
		}
		try {
			objects.put(AttachmentKeys.attachment(projectId, documentId, fileName), content, type.contentType(),
					fileName);
		}
		catch (RuntimeException notStored) {
			// Without its object the record would point at nothing: take it back, as a removal of its own.
			detach(projectId, documentId, userId, attachment);
			throw notStored;
		}
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("documentId", documentId)
			.addKeyValue("attachmentId", attachment.id())
			.addKeyValue("type", type.contentType())
			.addKeyValue("sizeBytes", content.length)
			.log("Attachment added");
		return attachment;
	}

	private void detach(String projectId, String documentId, String userId, Attachment attachment) {
		if (!table.remove(projectId, userId, documentId, attachment, activities.entry(ActivityLog.of(
				"attachment_removed", projectId, userId, "Removed " + attachment.fileName() + " from a page",
				now())))) {
			throw access.changedMeanwhile(projectId, userId, ProjectRole.EDITOR);
		}
	}

	private static void checkName(String fileName, FileType type) {
		FileNames.problem(fileName, type).ifPresent(problem -> {
			throw new InvalidInput("fileName", problem);
		});
	}

	private static InvalidInput tooLarge(String field) {
		return new InvalidInput(field, "must be at most 10 MiB (" + MAX_BYTES + " bytes) decoded");
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
