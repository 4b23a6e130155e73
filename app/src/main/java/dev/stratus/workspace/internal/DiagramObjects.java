package dev.stratus.workspace.internal;

import java.net.URL;
import java.time.Duration;
import java.util.Optional;

import dev.stratus.workspace.DiagramType;
import dev.stratus.workspace.internal.content.FileObjects;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Architecture images in the workspace bucket under the seed's key,
 * {@code architectures/{projectId}/{architectureId}/diagram.{ext}}, and the uploads waiting to be checked
 * beside them ({@code .../uploads/{uploadId}}), so deleting the project finds both by its prefix. An image
 * is stored and served as every user's file is ({@link FileObjects}): with its content type and as an
 * attachment, so a browser never renders it as a page of its own.
 */
@Component
public class DiagramObjects {

	public static final Duration UPLOAD_WINDOW = FileObjects.UPLOAD_WINDOW;

	public static final Duration VIEW_WINDOW = FileObjects.VIEW_WINDOW;

	private static final String PREFIX = ProjectItems.OBJECT_PREFIXES.get(0);

	private final FileObjects files;

	DiagramObjects(FileObjects files) {
		this.files = files;
	}

	public static String diagramKey(String projectId, String architectureId, DiagramType type) {
		return ProjectItems.objectPrefix(PREFIX, projectId) + architectureId + "/diagram." + type.extension();
	}

	public static String uploadKey(String projectId, String architectureId, String uploadId) {
		return ProjectItems.objectPrefix(PREFIX, projectId) + architectureId + "/uploads/" + uploadId;
	}

	public void put(String key, byte[] content, DiagramType type) {
		files.put(key, content, type.contentType(), fileName(type));
	}

	/** The object's size and content type; empty when there is none. */
	public Optional<HeadObjectResponse> head(String key) {
		return files.head(key);
	}

	public byte[] read(String key) {
		return files.read(key);
	}

	public void delete(String key) {
		files.delete(key);
	}

	/** Where the client PUTs an upload, with exactly this content type. */
	public URL uploadUrl(String key, DiagramType type) {
		return files.uploadUrl(key, type.contentType());
	}

	/** A short-lived address of the image, answered with its type and as an attachment whatever is stored. */
	public URL viewUrl(String key, DiagramType type) {
		return files.viewUrl(key, type.contentType(), fileName(type));
	}

	private static String fileName(DiagramType type) {
		return "diagram." + type.extension();
	}

}
