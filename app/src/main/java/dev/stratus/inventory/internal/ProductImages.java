package dev.stratus.inventory.internal;

import java.net.URL;
import java.time.Duration;

import dev.stratus.platform.cloud.CloudResources;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Product images in S3, reached only through short-lived presigned URLs. */
@Component
public class ProductImages {

	public static final Duration UPLOAD_WINDOW = Duration.ofMinutes(15);

	private static final Duration VIEW_WINDOW = Duration.ofMinutes(10);

	private final S3Presigner presigner;

	private final String bucket;

	ProductImages(S3Presigner presigner, CloudResources resources) {
		this.presigner = presigner;
		this.bucket = resources.bucketName(InventoryResources.IMAGES);
	}

	/** Where the client PUTs the image, with exactly this content type. */
	public URL uploadUrl(String key, String contentType) {
		return presigner
			.presignPutObject(b -> b.signatureDuration(UPLOAD_WINDOW)
				.putObjectRequest(put -> put.bucket(bucket).key(key).contentType(contentType)))
			.url();
	}

	public URL viewUrl(String key) {
		return presigner
			.presignGetObject(
					b -> b.signatureDuration(VIEW_WINDOW).getObjectRequest(get -> get.bucket(bucket).key(key)))
			.url();
	}

}
