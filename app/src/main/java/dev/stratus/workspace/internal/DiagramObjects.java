package dev.stratus.workspace.internal;

import java.net.URL;
import java.time.Duration;
import java.util.Optional;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.workspace.DiagramType;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Architecture images in the workspace bucket under the seed's key,
 * {@code architectures/{projectId}/{architectureId}/diagram.{ext}}, and the uploads waiting to be checked
 * beside them ({@code .../uploads/{uploadId}}), so deleting the project finds both by its prefix. An image
 * is stored with its content type and {@code Content-Disposition: attachment}, and read only through
 * presigned URLs that fix both again, so a browser never renders it as a page of its own.
 */
@Component
public class DiagramObjects {

	public static final Duration UPLOAD_WINDOW = Duration.ofMinutes(15);

	public static final Duration VIEW_WINDOW = Duration.ofMinutes(10);

	private static final String PREFIX = ProjectItems.OBJECT_PREFIXES.get(0);

	private final S3Client s3;

	private final S3Presigner presigner;

	private final String bucket;

	DiagramObjects(S3Client s3, S3Presigner presigner, CloudResources resources) {
		this.s3 = s3;
		this.presigner = presigner;
		this.bucket = resources.bucketName(WorkspaceResources.BUCKET);
	}

	public static String diagramKey(String projectId, String architectureId, DiagramType type) {
		return ProjectItems.objectPrefix(PREFIX, projectId) + architectureId + "/diagram." + type.extension();
	}

	public static String uploadKey(String projectId, String architectureId, String uploadId) {
		return ProjectItems.objectPrefix(PREFIX, projectId) + architectureId + "/uploads/" + uploadId;
	}

	public void put(String key, byte[] content, DiagramType type) {
		s3.putObject(b -> b.bucket(bucket)
			.key(key)
			.contentType(type.contentType())
			.contentDisposition(attachment(type)), RequestBody.fromBytes(content));
	}

	/** The object's size and content type; empty when there is none. */
	public Optional<HeadObjectResponse> head(String key) {
		try {
			return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key)));
		}
		catch (NoSuchKeyException missing) {
			return Optional.empty();
		}
		catch (S3Exception failed) {
			if (failed.statusCode() == 404) {
				return Optional.empty();
			}
			throw failed;
		}
	}

	public byte[] read(String key) {
		return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
	}

	public void delete(String key) {
		s3.deleteObject(b -> b.bucket(bucket).key(key));
	}

	/** Where the client PUTs an upload, with exactly this content type. */
	public URL uploadUrl(String key, DiagramType type) {
		return presigner
			.presignPutObject(b -> b.signatureDuration(UPLOAD_WINDOW)
				.putObjectRequest(put -> put.bucket(bucket).key(key).contentType(type.contentType())))
			.url();
	}

	/** A short-lived address of the image, answered with its type and as an attachment whatever is stored. */
	public URL viewUrl(String key, DiagramType type) {
		return presigner
			.presignGetObject(b -> b.signatureDuration(VIEW_WINDOW)
				.getObjectRequest(get -> get.bucket(bucket)
					.key(key)
					.responseContentType(type.contentType())
					.responseContentDisposition(attachment(type))))
			.url();
	}

	private static String attachment(DiagramType type) {
		return "attachment; filename=\"diagram." + type.extension() + "\"";
	}

}
