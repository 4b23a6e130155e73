package dev.stratus.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.BucketProps;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * Buckets the way every Stratus bucket is: no public access, S3-managed encryption, TLS only, versioned, and
 * its server access logs in the stack's one log bucket.
 */
final class SecureBuckets {

	private final Construct scope;

	private final Bucket logs;

	SecureBuckets(Construct scope) {
		this.scope = scope;
		this.logs = new Bucket(scope, "AccessLogs", secure().objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
			.build());
		NagSuppressions.addResourceSuppressions(logs, List.of(Nag.suppression("S1", "This is the access-log bucket "
				+ "itself: logging its own accesses into itself would loop, and a second log bucket would only move "
				+ "the question")));
	}

	/** A bucket for the app's or the console's objects; {@code props} adds the name, CORS and the like. */
	Bucket create(String id, BucketProps.Builder props) {
		BucketProps defaults = secure().build();
		return new Bucket(scope, id, props.blockPublicAccess(defaults.getBlockPublicAccess())
			.encryption(defaults.getEncryption())
			.enforceSsl(true)
			.versioned(true)
			.removalPolicy(RemovalPolicy.RETAIN)
			.serverAccessLogsBucket(logs)
			.serverAccessLogsPrefix(id + "/")
			.build());
	}

	/** The log bucket, which CloudFront's standard logs may also go to (it accepts ACLs for that). */
	Bucket logs() {
		return logs;
	}

	static BucketProps.Builder props() {
		return BucketProps.builder();
	}

	private static BucketProps.Builder secure() {
		return BucketProps.builder()
			.blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
			.encryption(BucketEncryption.S3_MANAGED)
			.enforceSsl(true)
			.removalPolicy(RemovalPolicy.RETAIN);
	}

}
