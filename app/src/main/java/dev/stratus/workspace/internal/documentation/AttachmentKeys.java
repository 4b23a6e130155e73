package dev.stratus.workspace.internal.documentation;

import dev.stratus.workspace.internal.ProjectItems;

/**
 * Where a page's files are in the workspace bucket: the seed's
 * {@code documentation/{projectId}/{documentId}/{fileName}}, and uploads waiting for their confirmation under
 * {@code documentation/{projectId}/uploads/{documentId}/{uploadId}},
 * outside every page's own folder so no file name can collide with them, and still under the project's prefix,
 * so deleting the project removes them too.
 */
public final class AttachmentKeys {

	private static final String PREFIX = "documentation/";

	private AttachmentKeys() {
	}

	public static String attachment(String projectId, String documentId, String fileName) {
		return documentPrefix(projectId, documentId) + fileName;
	}

	public static String documentPrefix(String projectId, String documentId) {
		return ProjectItems.objectPrefix(PREFIX, projectId) + documentId + "/";
	}

	public static String upload(String projectId, String documentId, String uploadId) {
		return uploadPrefix(projectId, documentId) + uploadId;
	}

	public static String uploadPrefix(String projectId, String documentId) {
		return ProjectItems.objectPrefix(PREFIX, projectId) + "uploads/" + documentId + "/";
	}

}
