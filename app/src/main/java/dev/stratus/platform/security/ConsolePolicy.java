package dev.stratus.platform.security;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import dev.stratus.platform.cloud.BucketSpec;
import dev.stratus.platform.cloud.CloudResources;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.util.function.SingletonSupplier;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The console's Content-Security-Policy: scripts, images and API calls from the app itself, plus
 * the storage that presigned URLs point at (the local S3 endpoint, or each bucket's endpoint on
 * AWS) and nothing else. Those origins come from presigning a URL the way the modules do, so they
 * match whatever the SDK hands out; that waits for the local cloud, hence on the first response,
 * not at start-up.
 */
final class ConsolePolicy implements HeaderWriter {

	static final String HEADER = "Content-Security-Policy";

	private static final Logger log = LoggerFactory.getLogger(ConsolePolicy.class);

	private final Supplier<List<String>> storageOrigins;

	ConsolePolicy(Supplier<List<String>> storageOrigins) {
		this.storageOrigins = SingletonSupplier.of(storageOrigins);
	}

	static ConsolePolicy presigned(ObjectProvider<S3Presigner> presigner, ObjectProvider<BucketSpec> buckets,
			ObjectProvider<CloudResources> resources) {
		return new ConsolePolicy(() -> storageOrigins(presigner.getObject(),
				buckets.orderedStream().map(bucket -> resources.getObject().bucketName(bucket)).toList()));
	}

	/** Where presigned URLs for these buckets point: {@code scheme://host[:port]} each. */
	static List<String> storageOrigins(S3Presigner presigner, List<String> buckets) {
		return buckets.stream()
			.map(bucket -> origin(presigner
				.presignGetObject(request -> request.signatureDuration(Duration.ofMinutes(1))
					.getObjectRequest(get -> get.bucket(bucket).key("policy")))
				.url()))
			.distinct()
			.toList();
	}

	/**
	 * @param images extra image sources beyond the app and storage
	 */
	static String policy(List<String> storageOrigins, String images) {
		String storage = storageOrigins.stream().map(origin -> " " + origin).reduce("", String::concat);
		return "default-src 'self'; script-src 'self'; img-src 'self'" + storage + images + "; connect-src 'self'"
				+ storage + "; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'";
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HEADER)) {
			// Swagger UI's stylesheet draws its icons as data: images; the console has none.
			boolean docs = request.getRequestURI().startsWith("/swagger-ui/");
			response.setHeader(HEADER, policy(storage(), docs ? " data:" : ""));
		}
	}

	private List<String> storage() {
		try {
			return storageOrigins.get();
		}
		catch (RuntimeException ex) {
			// Not cached: the next response tries again. Meanwhile storage is simply not allowed.
			log.warn("Storage endpoint for the console's policy unknown: {}", ex.getMessage());
			return List.of();
		}
	}

	private static String origin(URL url) {
		return url.getProtocol() + "://" + url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "");
	}

}
