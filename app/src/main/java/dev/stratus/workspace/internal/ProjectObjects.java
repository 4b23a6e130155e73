package dev.stratus.workspace.internal;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.workspace.internal.content.FileObjects;
import org.springframework.stereotype.Component;

/** A project's objects in the workspace bucket, found by the seed's per-project prefixes. */
@Component
class ProjectObjects {

	private final FileObjects files;

	private final String bucket;

	ProjectObjects(FileObjects files, CloudResources resources) {
		this.files = files;
		this.bucket = resources.bucketName(WorkspaceResources.BUCKET);
	}

	/** Deletes every object of the project, a listed page (at most 1,000) per call. @return how many */
	int deleteAll(String projectId) {
		int deleted = 0;
		for (String prefix : ProjectItems.OBJECT_PREFIXES) {
			deleted += files.deleteAll(ProjectItems.objectPrefix(prefix, projectId));
		}
		return deleted;
	}

	/** The bucket's real name, for tests that put objects in it. */
	String bucket() {
		return bucket;
	}

}
