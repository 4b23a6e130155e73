package dev.stratus.workspace.internal;

import java.util.List;

import dev.stratus.platform.cloud.CloudResources;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/** A project's objects in the workspace bucket, found by the seed's per-project prefixes. */
@Component
class ProjectObjects {

	private final S3Client s3;

	private final String bucket;

	ProjectObjects(S3Client s3, CloudResources resources) {
		this.s3 = s3;
		this.bucket = resources.bucketName(WorkspaceResources.BUCKET);
	}

	/** Deletes every object of the project, a listed page (at most 1,000) per call. @return how many */
	int deleteAll(String projectId) {
		int deleted = 0;
		for (String prefix : ProjectItems.OBJECT_PREFIXES) {
			String under = ProjectItems.objectPrefix(prefix, projectId);
			for (var page : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(under))) {
				List<ObjectIdentifier> objects = page.contents()
					.stream()
					.map(S3Object::key)
					.map(key -> ObjectIdentifier.builder().key(key).build())
					.toList();
				if (!objects.isEmpty()) {
					var response = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(objects).quiet(true)));
					if (response.hasErrors() && !response.errors().isEmpty()) {
						throw new IllegalStateException("S3 kept " + response.errors().size() + " objects under "
								+ under + ", first: " + response.errors().get(0).code());
					}
					deleted += objects.size();
				}
			}
		}
		return deleted;
	}

	/** For tests and for the parts that keep objects here. */
	String bucket() {
		return bucket;
	}

}
