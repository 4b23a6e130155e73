package dev.stratus.workspace;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.stratus.platform.Page;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.AttachmentTable;
import dev.stratus.workspace.internal.DocumentationTable;
import dev.stratus.workspace.internal.DocumentationTable.Draft;
import dev.stratus.workspace.internal.documentation.AttachmentKeys;
import dev.stratus.workspace.internal.content.FileObjects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A project's documentation: markdown pages, each save a new version (never sharing its number with a
 * concurrent save), stored as sent and never rendered here (the console renders and sanitises it). Members
 * read, editors and owners write. A page is named by its id alone; its project is found from it, and a caller
 * outside that project's team gets the same 404 as for a page that does not exist. Attachments are
 * {@link DocumentAttachments}'.
 */
@Service
public class Documentation {

	/** The longest title, in characters. */
	public static final int MAX_TITLE = 200;

	/** The largest content, in UTF-8 bytes (200 KB). */
	public static final int MAX_CONTENT_BYTES = 200 * 1024;

	private static final Logger log = LoggerFactory.getLogger(Documentation.class);

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final DocumentationTable table;

	private final AttachmentTable attachments;

	private final FileObjects objects;

	private final ProjectAccess access;

	private final ActivityLog activities;

	private final Clock clock;

	Documentation(DocumentationTable table, AttachmentTable attachments, FileObjects objects, ProjectAccess access,
			ActivityLog activities, Clock clock) {
		this.table = table;
		this.attachments = attachments;
		this.objects = objects;
		this.access = access;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * A new page with its first version.
	 * @throws NotFound for a project the user is not in
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws InvalidInput when the title or content is out of bounds
	 */
	public Document create(String projectId, String userId, String title, String content) {
		access.require(projectId, userId, ProjectRole.EDITOR);
		Draft draft = draft(UUID.randomUUID().toString(), userId, title, content);
		long version = save(projectId, draft, true, "document_created", "Created the page " + draft.title());
		return new Document(draft.documentId(), projectId, draft.title(), draft.content(), version,
				List.of(), draft.at(), userId, draft.at(), userId);
	}

	/** @throws NotFound for a project the user is not in */
	public Page<Document.Summary> list(String projectId, String userId, int limit, @Nullable String nextToken) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.list(projectId, limit, nextToken);
	}

	/** The page as it is now. @throws NotFound for a page the user cannot see */
	public Document find(String documentId, String userId) {
		String projectId = projectOf(documentId, userId, ProjectRole.VIEWER);
		Document.Summary head = table.head(projectId, documentId).orElseThrow(() -> new NotFound("Document"));
		DocumentVersion current = table.version(projectId, documentId, head.version())
			.orElseThrow(() -> new NotFound("Document"));
		return new Document(documentId, projectId, head.title(), current.content(), head.version(),
				attachments.list(projectId, documentId), head.createdAt(), head.createdBy(), head.updatedAt(),
				head.updatedBy());
	}

	/**
	 * Saves a new version with this title and content.
	 * @throws NotFound for a page the user cannot see
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws InvalidInput when the title or content is out of bounds
	 * @throws dev.stratus.platform.errors.Conflict when other saves kept taking the next number
	 */
	public Document update(String documentId, String userId, String title, String content) {
		String projectId = projectOf(documentId, userId, ProjectRole.EDITOR);
		Draft draft = draft(documentId, userId, title, content);
		save(projectId, draft, false, "document_updated", "Updated the page " + draft.title());
		return find(documentId, userId);
	}

	/**
	 * Deletes the page, its versions and its attachments (their objects included).
	 * @throws NotFound for a page the user cannot see
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 */
	public void delete(String documentId, String userId) {
		String projectId = projectOf(documentId, userId, ProjectRole.EDITOR);
		Document.Summary head = table.head(projectId, documentId).orElseThrow(() -> new NotFound("Document"));
		Instant now = now();
		if (!table.delete(projectId, userId, documentId, activities.entry(ActivityLog.of("document_deleted",
				projectId, userId, "Deleted the page " + head.title(), now)))) {
			throw access.changedMeanwhile(projectId, userId, ProjectRole.EDITOR);
		}
		// The page is gone for every read; what is left of it goes now (or, should this fail, with the project).
		int deletedObjects = objects.deleteAll(AttachmentKeys.documentPrefix(projectId, documentId))
				+ objects.deleteAll(AttachmentKeys.uploadPrefix(projectId, documentId));
		int items = table.purge(projectId, documentId);
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("documentId", documentId)
			.addKeyValue("objects", deletedObjects)
			.addKeyValue("items", items)
			.log("Document deleted");
	}

	/** The versions, newest first, without their content. @throws NotFound for a page the user cannot see */
	public Page<DocumentVersion.Summary> versions(String documentId, String userId, int limit,
			@Nullable String nextToken) {
		String projectId = projectOf(documentId, userId, ProjectRole.VIEWER);
		return table.versions(projectId, documentId, limit, nextToken);
	}

	/** @throws NotFound for a page the user cannot see, or a version it does not have */
	public DocumentVersion version(String documentId, String userId, long version) {
		String projectId = projectOf(documentId, userId, ProjectRole.VIEWER);
		return table.version(projectId, documentId, version).orElseThrow(() -> new NotFound("Document version"));
	}

	/**
	 * The project of the page, once the caller is known to have {@code atLeast} in it.
	 * @throws NotFound for a page that does not exist or whose project the caller is not in
	 * @throws dev.stratus.platform.errors.Forbidden when the caller's role is too low
	 */
	String projectOf(String documentId, String userId, ProjectRole atLeast) {
		String projectId = ID.matcher(documentId).matches() ? table.projectOf(documentId).orElse(null) : null;
		if (projectId == null) {
			throw new NotFound("Document");
		}
		try {
			access.require(projectId, userId, atLeast);
		}
		catch (NotFound notInTeam) {
			// Not "Project": that would tell an outsider that the page exists.
			throw new NotFound("Document");
		}
		return projectId;
	}

	private long save(String projectId, Draft draft, boolean creating, String type, String summary) {
		OptionalLong version = table.save(projectId, draft, creating,
				activities.entry(ActivityLog.of(type, projectId, draft.userId(), summary, draft.at())));
		long saved = version.orElseThrow(() -> access.changedMeanwhile(projectId, draft.userId(), ProjectRole.EDITOR));
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("documentId", draft.documentId())
			.addKeyValue("userId", draft.userId())
			.addKeyValue("version", saved)
			.log(creating ? "Document created" : "Document saved");
		return saved;
	}

	private Draft draft(String documentId, String userId, String title, String content) {
		String stripped = title.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_TITLE) {
			throw new InvalidInput("title", "must be 1 to " + MAX_TITLE + " characters");
		}
		int size = content.getBytes(StandardCharsets.UTF_8).length;
		if (size > MAX_CONTENT_BYTES) {
			throw new InvalidInput("content",
					"must be at most 200 KB (" + MAX_CONTENT_BYTES + " bytes) in UTF-8; it is " + size);
		}
		return new Draft(documentId, stripped, content, userId, now());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
