package dev.stratus.workspace.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.workspace.DownloadLink;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Generated archives in the workspace bucket at the seed's key,
 * {@code code-generations/{projectId}/{codeGenId}/archive.zip}, read only through short-lived presigned
 * URLs that make the browser save the file.
 */
@Component
public class GenerationArchives {

	static final String PREFIX = "code-generations/";

	private static final Duration DOWNLOAD_WINDOW = Duration.ofMinutes(10);

	private final S3Client s3;

	private final S3Presigner presigner;

	private final String bucket;

	private final Clock clock;

	GenerationArchives(S3Client s3, S3Presigner presigner, CloudResources resources, Clock clock) {
		this.s3 = s3;
		this.presigner = presigner;
		this.bucket = resources.bucketName(WorkspaceResources.BUCKET);
		this.clock = clock;
	}

	static String key(GenerationRef ref) {
		return ProjectItems.objectPrefix(PREFIX, ref.projectId()) + ref.generationId() + "/archive.zip";
	}

	/** Puts the archive at its key, replacing what an earlier attempt put there. */
	void upload(GenerationRef ref, byte[] archive) {
		s3.putObject(b -> b.bucket(bucket).key(key(ref)).contentType("application/zip"),
				RequestBody.fromBytes(archive));
	}

	/** The archive's bytes, for a deployment. @throws software.amazon.awssdk.services.s3.model.NoSuchKeyException */
	byte[] read(GenerationRef ref) {
		return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key(ref))).asByteArray();
	}

	void delete(GenerationRef ref) {
		s3.deleteObject(b -> b.bucket(bucket).key(key(ref)));
	}

	/** A GET of the archive that saves it as {@code <project-slug>.zip}, for the next ten minutes. */
	public DownloadLink downloadLink(String projectId, String generationId, String projectName) {
		String key = key(new GenerationRef(projectId, generationId));
		Instant expiresAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(DOWNLOAD_WINDOW);
		var url = presigner
			.presignGetObject(b -> b.signatureDuration(DOWNLOAD_WINDOW)
				.getObjectRequest(get -> get.bucket(bucket)
					.key(key)
					.responseContentType("application/zip")
					.responseContentDisposition("attachment; filename=\"" + slug(projectName) + ".zip\"")))
			.url();
		return new DownloadLink(url, expiresAt);
	}

	/** {@code "My Shop!"} → {@code my-shop}: safe in a header, and the generated project's own name. */
	static String slug(String projectName) {
		String slug = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "app" : slug;
	}

}
