package dev.stratus.workspace.internal.content;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Users' files in the workspace bucket (attachments, profile pictures, architecture images): stored with their
 * checked content type and {@code Content-Disposition: attachment}, and read only through presigned URLs that fix
 * both again, so a browser saves a file rather than showing it as a page of the app's origin.
 */
@Component
public class FileObjects {

	/** How long a presigned PUT works. */
	public static final Duration UPLOAD_WINDOW = Duration.ofMinutes(15);

	/** How long a presigned GET works. */
	public static final Duration VIEW_WINDOW = Duration.ofMinutes(10);

	private final S3Client s3;

	private final S3Presigner presigner;

	private final String bucket;

	FileObjects(S3Client s3, S3Presigner presigner, CloudResources resources) {
		this.s3 = s3;
		this.presigner = presigner;
		this.bucket = resources.bucketName(WorkspaceResources.BUCKET);
	}

	/** Stores the file, to be saved as {@code fileName}. */
	public void put(String key, byte[] content, String contentType, String fileName) {
		s3.putObject(b -> b.bucket(bucket)
			.key(key)
			.contentType(contentType)
			.contentDisposition(attachment(fileName)), RequestBody.fromBytes(content));
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

	/**
	 * Deletes every object under {@code prefix}, a listed page (at most 1,000) per call.
	 * @return how many
	 * @throws IllegalStateException when S3 kept any of them
	 */
	public int deleteAll(String prefix) {
		int deleted = 0;
		for (var page : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix))) {
			List<ObjectIdentifier> objects = page.contents()
				.stream()
				.map(S3Object::key)
				.map(key -> ObjectIdentifier.builder().key(key).build())
				.toList();
			if (!objects.isEmpty()) {
				var response = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(objects).quiet(true)));
				if (response.hasErrors() && !response.errors().isEmpty()) {
					throw new IllegalStateException("S3 kept " + response.errors().size() + " objects under " + prefix
							+ ", first: " + response.errors().get(0).code());
				}
				deleted += objects.size();
			}
		}
		return deleted;
	}

	/** Where the client PUTs an upload, with exactly this content type. */
	public URL uploadUrl(String key, String contentType) {
		return presigner
			.presignPutObject(b -> b.signatureDuration(UPLOAD_WINDOW)
				.putObjectRequest(put -> put.bucket(bucket).key(key).contentType(contentType)))
			.url();
	}

	/** A short-lived address of the file, answered with its type and as an attachment named {@code fileName}. */
	public URL viewUrl(String key, String contentType, String fileName) {
		return presigner
			.presignGetObject(b -> b.signatureDuration(VIEW_WINDOW)
				.getObjectRequest(get -> get.bucket(bucket)
					.key(key)
					.responseContentType(contentType)
					.responseContentDisposition(attachment(fileName))))
			.url();
	}

	/** {@code attachment; filename="..."}, with {@code filename*} in UTF-8 for names beyond ASCII (RFC 6266). */
	static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
