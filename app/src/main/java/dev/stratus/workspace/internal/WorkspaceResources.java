package dev.stratus.workspace.internal;

import dev.stratus.platform.cloud.BucketSpec;
import dev.stratus.platform.cloud.TableSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workspace's table and bucket, one each for every part of the module. Everything a project owns
 * lives in its partition {@code PROJECT#<projectId>} ({@link ProjectItems}), and its S3 objects under
 * the seed's per-project prefixes ({@link ProjectItems#OBJECT_PREFIXES}), so deleting a project finds
 * it all without a Scan. GSI1 and GSI2 are generic: each kind of item says which lookup it serves
 * (members by user in GSI1, invitations by token and activity by user in GSI2, the job outboxes in
 * GSI1 as the platform's jobs keep them).
 */
@Configuration(proxyBeanMethods = false)
public class WorkspaceResources {

	public static final TableSpec TABLE = TableSpec.singleTable("workspace", "GSI1", "GSI2");

	public static final BucketSpec BUCKET = new BucketSpec("workspace");

	@Bean
	TableSpec workspaceTable() {
		return TABLE;
	}

	@Bean
	BucketSpec workspaceBucket() {
		return BUCKET;
	}

}
