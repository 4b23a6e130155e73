package dev.stratus.platform.security;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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
 * not at start-up. Calls may also go to the other Stratus instances named in
 * {@code STRATUS_CONSOLE_API_ORIGINS}, which the customers pages can use with an API key.
 */
final class ConsolePolicy implements HeaderWriter {

	static final String HEADER = "Content-Security-Policy";

	private static final Logger log = LoggerFactory.getLogger(ConsolePolicy.class);

	/** {@code scheme://host[:port]} and nothing else, so a setting cannot add a directive. */
	private static final Pattern ORIGIN = Pattern.compile("https?://(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+)(:\\d{1,5})?");

	private final Supplier<List<String>> storageOrigins;

	private final String apiOrigins;

	ConsolePolicy(Supplier<List<String>> storageOrigins) {
		this(storageOrigins, List.of());
	}

	/**
	 * @param apiOrigins other Stratus instances the console may call
	 * @throws IllegalArgumentException for an entry that is not an origin
	 */
	ConsolePolicy(Supplier<List<String>> storageOrigins, List<String> apiOrigins) {
		this.storageOrigins = SingletonSupplier.of(storageOrigins);
		this.apiOrigins = apiOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).map(origin -> {
			if (!ORIGIN.matcher(origin).matches()) {
				throw new IllegalArgumentException("STRATUS_CONSOLE_API_ORIGINS: '" + origin
						+ "' is not an origin; write scheme://host[:port], as in https://stratus.example.com");
			}
			return " " + origin;
		}).reduce("", String::concat);
	}

	static ConsolePolicy presigned(ObjectProvider<S3Presigner> presigner, ObjectProvider<BucketSpec> buckets,
			ObjectProvider<CloudResources> resources, List<String> apiOrigins) {
		return new ConsolePolicy(() -> storageOrigins(presigner.getObject(),
				buckets.orderedStream().map(bucket -> resources.getObject().bucketName(bucket)).toList()),
				apiOrigins);
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
	static String policy(List<String> storageOrigins, String images, String apis) {
		String storage = storageOrigins.stream().map(origin -> " " + origin).reduce("", String::concat);
		return "default-src 'self'; script-src 'self'; img-src 'self'" + storage + images + "; connect-src 'self'"
				+ storage + apis + "; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'";
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HEADER)) {
			// Swagger UI's stylesheet draws its icons as data: images; the console has none.
			boolean docs = request.getRequestURI().startsWith("/swagger-ui/");
			response.setHeader(HEADER, policy(storage(), docs ? " data:" : "", apiOrigins));
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
