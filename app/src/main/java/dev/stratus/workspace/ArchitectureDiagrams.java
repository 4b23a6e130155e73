package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.ArchitectureTable;
import dev.stratus.workspace.internal.ArchitectureTable.Head;
import dev.stratus.workspace.internal.DiagramContent;
import dev.stratus.workspace.internal.DiagramObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The published image of a project's architecture: a PNG or an SVG of at most {@link #MAX_BYTES}, its type
 * checked by its content and an SVG {@linkplain DiagramContent sanitised} before it is stored at
 * {@code architectures/{projectId}/{architectureId}/diagram.{ext}}. It comes either in the request
 * ({@link #publish}) or through a presigned PUT ({@link #uploadUrl}), which is shown only after
 * {@link #confirm} has checked it the same way. Members read it through a short-lived URL that serves it
 * as an attachment; editors and owners publish.
 */
@Service
public class ArchitectureDiagrams {

	/** The largest image, decoded. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ArchitectureDiagrams.class);

	private static final Pattern UPLOAD_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final ArchitectureTable table;

	private final DiagramObjects objects;

	private final ProjectAccess access;

	private final ActivityLog activities;

	private final Clock clock;

	ArchitectureDiagrams(ArchitectureTable table, DiagramObjects objects, ProjectAccess access,
			ActivityLog activities, Clock clock) {
		this.table = table;
		this.objects = objects;
		this.access = access;
		this.activities = activities;
		this.clock = clock;
	}

	/** A presigned address and when it stops working. */
	public record Link(String url, Instant expiresAt) {
	}

	/** Where to PUT an image (with exactly {@code type}'s content type), and the id to confirm it by. */
	public record Upload(String uploadId, String uploadUrl, DiagramType type, Instant expiresAt) {
	}

	/**
	 * Publishes {@code content} as the project's image, replacing the one before.
	 * @param field what the content was sent as, named when it is refused
	 * @throws NotFound for a project the user is not in
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws InvalidInput when it is too large or not of the declared type
	 */
	public Diagram publish(String projectId, String userId, byte[] content, DiagramType type, String field) {
		access.require(projectId, userId, ProjectRole.EDITOR);
		if (content.length > MAX_BYTES) {
			throw new InvalidInput(field, "must be at most 5 MiB (" + MAX_BYTES + " bytes) decoded");
		}
		byte[] stored = DiagramContent.checked(content, type, field);
		Optional<Head> before = table.head(projectId);
		String id = architectureId(projectId, userId);
		Instant now = now();
		Diagram diagram = new Diagram(type, stored.length, now, userId);
		String key = DiagramObjects.diagramKey(projectId, id, type);
		objects.put(key, stored, type);
		if (!table.publish(projectId, userId, id, diagram, activities.entry(ActivityLog.of(
				"architecture_diagram_published", projectId, userId, "Published the architecture image", now)))) {
			// Refused after the object went up: take it back, unless it replaced the image before.
			if (before.map(Head::diagram).filter(old -> old.type() == type).isEmpty()) {
				objects.delete(key);
			}
			throw access.changedMeanwhile(projectId, userId, ProjectRole.EDITOR);
		}
		// An image of the other type is no longer the published one.
		before.map(Head::diagram)
			.filter(old -> old.type() != type)
			.ifPresent(old -> objects.delete(DiagramObjects.diagramKey(projectId, id, old.type())));
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("userId", userId)
			.addKeyValue("type", type.contentType())
			.addKeyValue("sizeBytes", stored.length)
			.log("Architecture image published");
		return diagram;
	}

	/**
	 * A presigned PUT for an image of {@code type}; once the client has uploaded it, {@link #confirm} publishes it.
	 * @throws NotFound
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 */
	public Upload uploadUrl(String projectId, String userId, DiagramType type) {
		access.require(projectId, userId, ProjectRole.EDITOR);
		String id = architectureId(projectId, userId);
		String uploadId = UUID.randomUUID().toString();
		Instant now = now();
		String url = objects.uploadUrl(DiagramObjects.uploadKey(projectId, id, uploadId), type).toString();
		return new Upload(uploadId, url, type, now.plus(DiagramObjects.UPLOAD_WINDOW));
	}

	/**
	 * Checks the upload {@code uploadId} as {@link #publish} checks a body, publishes it and removes the upload.
	 * An upload that fails the checks is removed too.
	 * @throws NotFound for a project the user is not in, or an upload that is not there
	 * @throws InvalidInput when the upload is too large or not of its content type
	 */
	public Diagram confirm(String projectId, String userId, String uploadId) {
		access.require(projectId, userId, ProjectRole.EDITOR);
		Head head = UPLOAD_ID.matcher(uploadId).matches() ? table.head(projectId).orElse(null) : null;
		if (head == null) {
			throw new NotFound("Upload");
		}
		String key = DiagramObjects.uploadKey(projectId, head.id(), uploadId);
		HeadObjectResponse upload = objects.head(key).orElseThrow(() -> new NotFound("Upload"));
		try {
			DiagramType type = DiagramType.of(String.valueOf(upload.contentType()))
				.orElseThrow(() -> new InvalidInput("uploadId", "was uploaded with a content type that is neither "
						+ "image/png nor image/svg+xml"));
			if (upload.contentLength() > MAX_BYTES) {
				throw new InvalidInput("uploadId", "must be at most 5 MiB (" + MAX_BYTES + " bytes)");
			}
			return publish(projectId, userId, objects.read(key), type, "uploadId");
		}
		finally {
			objects.delete(key);
		}
	}

	/**
	 * The published image's details, if there is one: a client asks this before it asks for the image's link.
	 * @throws NotFound for a project the user is not in
	 */
	public Optional<Diagram> published(String projectId, String userId) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.head(projectId).map(Head::diagram);
	}

	/**
	 * A presigned GET of the published image, served as an attachment of its checked type.
	 * @throws NotFound for a project the user is not in, or one without a published image
	 */
	public Link url(String projectId, String userId) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		Head head = table.head(projectId).filter(found -> found.diagram() != null)
			.orElseThrow(() -> new NotFound("Diagram"));
		DiagramType type = head.diagram().type();
		Instant now = now();
		return new Link(objects.viewUrl(DiagramObjects.diagramKey(projectId, head.id(), type), type).toString(),
				now.plus(DiagramObjects.VIEW_WINDOW));
	}

	private String architectureId(String projectId, String userId) {
		return table.id(projectId, userId)
			.orElseThrow(() -> access.changedMeanwhile(projectId, userId, ProjectRole.EDITOR));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
